/**
 * An example article written for NER Studio (not taken from any publication): a short technical blog
 * post of the kind the app is for, with technologies, people, companies, a university, a conference,
 * places and dates, and Title Case headings. The team and its people are invented.
 */
export const EXAMPLE_ARTICLE = `Shrinking BERT for Production

When our team at a small analytics firm in Lisbon moved its document search to a language model, the first prototype was accurate and slow. It was a BERT model fine-tuned with PyTorch and Hugging Face Transformers, and on a single CPU it needed almost a second per query. This post describes how we made it ten times faster without buying a GPU cluster.

Why Distillation Works

The idea goes back to a 2015 paper by Geoffrey Hinton, Oriol Vinyals and Jeff Dean at Google: a small student model learns to copy the outputs of a large teacher. In 2019 Victor Sanh and his colleagues at Hugging Face applied it to BERT and released DistilBERT, which keeps most of the accuracy with forty percent fewer parameters.

We followed the same recipe. Ana Ribeiro, who joined us from the University of Lisbon, trained the student on three million queries from our logs, using one NVIDIA A100 rented on Amazon Web Services for two days. The teacher's predictions were computed once and stored as Parquet files in Amazon S3, so each training run read them instead of calling the large model again.

From Python to ONNX

Next we exported the student to ONNX and quantized its weights to eight bits with ONNX Runtime. This cost about one point of accuracy on our test set, a fair price for a model four times smaller. The service itself is a FastAPI application packaged with Docker and deployed on Kubernetes, and Prometheus collects its latency figures.

Tomás Pereira, our second engineer, compared the result with TensorFlow Lite and with the OpenVINO toolkit from Intel. Both were close, but ONNX Runtime was simpler to ship alongside the code we already had.

What We Learned

The new model went live on 14 March 2024. The median latency dropped from 900 to 85 milliseconds, and the monthly cloud bill fell by more than half. We presented the work at PyData Berlin in June, and several people asked the same question: why not a bigger model? For search over our own documents, a smaller one that answers quickly turned out to matter more than a few points of accuracy.`;

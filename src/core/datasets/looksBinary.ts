/**
 * Whether the first bytes of a file look like binary data (an image, a zip, a model's weights)
 * rather than text: NUL bytes without a UTF-16 byte-order mark, or many control characters.
 */
export function looksBinary(firstBytes: Uint8Array): boolean {
  const utf16 = firstBytes.length >= 2 && ((firstBytes[0] === 0xff && firstBytes[1] === 0xfe) || (firstBytes[0] === 0xfe && firstBytes[1] === 0xff));
  if (utf16) return false;
  let control = 0;
  for (const byte of firstBytes) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > firstBytes.length * 0.05;
}

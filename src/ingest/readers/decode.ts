// Bytes → text, refusing what is not text: NUL bytes (a binary file) or invalid UTF-8. UTF-16 with a byte
// order mark (what Windows Notepad saves as "Unicode") is decoded: its NUL bytes are half of each character.

const decoder = new TextDecoder('utf-8', { fatal: true });

export type Decoded = { text: string } | { error: string };

/** 'utf-16le' / 'utf-16be' when the bytes start with a UTF-16 byte order mark. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    } catch {
      return { error: `invalid ${utf16.toUpperCase()} text` };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { error: `binary content (NUL byte at offset ${nul}), not a text file` };
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: `invalid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); save the file as UTF-8` };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}

package org.bitext.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an input file's bytes strictly: UTF-8, or UTF-16 or GB18030 where a byte-order mark says so. Anything else
 * (GB18030 or Big5 without a mark, Latin-1…) is refused
 * with the byte offset of the first bad sequence, because silently substituting U+FFFD would put garbage into pairs.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static String decode(byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return decode(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decodeUtf16(bytes, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decodeUtf16(bytes, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0x84, 0x31, 0x95, 0x33)) {
      return decode(bytes, 4, Charset.forName("GB18030"));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary file (NUL character at byte " + i + ")");
      }
    }
    return decode(bytes, 0, StandardCharsets.UTF_8);
  }

  /** UTF-16 after its byte-order mark: whole code units, and surrogates only in pairs. */
  private static String decodeUtf16(byte[] bytes, Charset charset) throws InputException {
    if (bytes.length % 2 != 0) {
      throw new InputException("not valid " + charset.name() + ": an odd number of bytes (" + bytes.length
          + "), so the last character is cut; convert it to UTF-8");
    }
    try {
      return decode(bytes, 2, charset);
    } catch (InputException e) {
      throw new InputException("not valid " + charset.name() + " (unpaired surrogate at byte "
          + firstBadByte(bytes, 2, charset) + "); convert it to UTF-8", e);
    }
  }

  private static String decode(byte[] bytes, int offset, Charset charset) throws InputException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer chars = decoder.decode(in);
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new InputException("not valid " + charset.name() + " (bad byte sequence near byte "
          + firstBadByte(bytes, offset, charset) + "); convert it to UTF-8", e);
    }
  }

  /** Decodes incrementally to find where decoding stops, for an error message a person can act on. */
  private static int firstBadByte(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

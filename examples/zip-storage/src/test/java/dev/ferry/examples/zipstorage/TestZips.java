package dev.ferry.examples.zipstorage;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds test archives, including broken and hostile ones that no well-behaved tool writes. */
final class TestZips {
  /** Offsets of fields in a central directory header (APPNOTE 4.3.12). */
  static final int CEN_CRC = 16;
  static final int CEN_COMPRESSED_SIZE = 20;
  static final int CEN_SIZE = 24;

  private static final int CEN_SIGNATURE = 0x02014b50;
  private static final int CEN_NAME_LENGTH = 28;
  private static final int CEN_NAME = 46;

  private final List<ZipEntry> entries = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();

  static TestZips builder() {
    return new TestZips();
  }

  /** Adds a compressed file. */
  TestZips file(String name, byte[] content) {
    return add(new ZipEntry(name), content);
  }

  /** Adds a compressed file with an extended timestamp (exact to the second, in UTC). */
  TestZips file(String name, byte[] content, FileTime modified) {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(modified);
    return add(entry, content);
  }

  /** Adds an uncompressed file. */
  TestZips stored(String name, byte[] content) {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    return add(entry, content);
  }

  /** Adds a directory entry; {@code name} should end with a separator. */
  TestZips dir(String name, FileTime modified) {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(modified);
    return add(entry, new byte[0]);
  }

  TestZips add(ZipEntry entry, byte[] content) {
    entries.add(entry);
    contents.add(content);
    return this;
  }

  byte[] toBytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTo(out);
    return out.toByteArray();
  }

  Path writeTo(Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      writeTo(out);
    }
    return file;
  }

  private void writeTo(OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.size(); i++) {
        zip.putNextEntry(entries.get(i));
        zip.write(contents.get(i));
        zip.closeEntry();
      }
    }
  }

  /** Overwrites a 4-byte field of the central directory header of the entry named {@code name}. */
  static byte[] patchCentral(byte[] zip, String name, int field, long value) {
    byte[] patched = zip.clone();
    ByteBuffer buffer = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + CEN_NAME <= patched.length; i++) {
      if (buffer.getInt(i) == CEN_SIGNATURE) {
        int length = Short.toUnsignedInt(buffer.getShort(i + CEN_NAME_LENGTH));
        byte[] found = Arrays.copyOfRange(patched, i + CEN_NAME, i + CEN_NAME + length);
        if (Arrays.equals(found, wanted)) {
          buffer.putInt(i + field, (int) value);
          return patched;
        }
      }
    }
    throw new IllegalArgumentException("no central directory header for " + name);
  }

  /**
   * Replaces every occurrence of one name by another of the same length, in local and central
   * headers alike: the way to make two entries share a name, which {@link ZipOutputStream}
   * refuses to write.
   */
  static byte[] rename(byte[] zip, String from, String to) {
    byte[] a = from.getBytes(StandardCharsets.UTF_8);
    byte[] b = to.getBytes(StandardCharsets.UTF_8);
    if (a.length != b.length) {
      throw new IllegalArgumentException("names must have the same length");
    }
    byte[] patched = zip.clone();
    for (int i = 0; i + a.length <= patched.length; i++) {
      if (Arrays.equals(patched, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, patched, i, b.length);
      }
    }
    return patched;
  }

  /** Returns {@code length} bytes of a repeating, offset-revealing pattern. */
  static byte[] pattern(int length) {
    byte[] content = new byte[length];
    for (int i = 0; i < length; i++) {
      content[i] = (byte) (i * 31 + (i >>> 8));
    }
    return content;
  }
}

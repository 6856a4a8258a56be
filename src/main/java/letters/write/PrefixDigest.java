package letters.write;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of many files that begin alike, hashing the beginning they share only once. Letters'
 * PDFs open with the same objects (the header, the wordmark, the signature, the colour profile),
 * and under the client compiler the launcher uses, SHA-256 runs without the processor's SHA
 * instructions at about 40 MB/s: hashing each PDF whole was a third of a letter's CPU. The digest's
 * state is kept after each {@value #BLOCK}-byte block of the beginnings seen (a tree of blocks, so
 * signed letters and drafts each keep theirs), and a file resumes from the longest run of blocks it
 * shares, compared byte for byte. The answer is the same SHA-256 as hashing the file whole.
 */
final class PrefixDigest {
  static final int BLOCK = 4096;
  /** At most this many blocks are kept (a mebibyte of copies): enough for a few beginnings. */
  private static final int MOST_BLOCKS = 256;

  /**
   * A block of a beginning, the digest's state after it, the blocks seen after it more than once,
   * and the one seen after it last, kept once it is seen again (a letter's own text is not).
   */
  private static final class Node {
    final byte[] block;
    final MessageDigest after;
    final List<Node> next = new ArrayList<>(2);
    Node candidate;

    Node(byte[] block, MessageDigest after) {
      this.block = block;
      this.after = after;
    }
  }

  private final Node start = new Node(new byte[0], sha256());
  private int kept;

  /** The SHA-256 of {@code bytes}, in lower-case hexadecimal. */
  String hex(byte[] bytes) {
    Node node;
    int at = 0;
    MessageDigest digest;
    synchronized (this) {
      node = start;
      for (Node next = follow(node, bytes, at); next != null; next = follow(node, bytes, at)) {
        node = next;
        at += BLOCK;
      }
      digest = copy(node.after);
    }
    // A block past the known beginning is a candidate; met again, it is kept, so that only
    // beginnings that recur grow, one block at a time.
    if (at + BLOCK <= bytes.length) {
      digest.update(bytes, at, BLOCK);
      keep(node, Arrays.copyOfRange(bytes, at, at + BLOCK), copy(digest));
      at += BLOCK;
    }
    digest.update(bytes, at, bytes.length - at);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The block after {@code node} that {@code bytes} go on with at {@code at}, if one is kept. */
  private static Node follow(Node node, byte[] bytes, int at) {
    if (at + BLOCK > bytes.length) {
      return null;
    }
    for (Node next : node.next) {
      if (same(next, bytes, at)) {
        return next;
      }
    }
    return null;
  }

  private static boolean same(Node node, byte[] bytes, int at) {
    return Arrays.equals(node.block, 0, BLOCK, bytes, at, at + BLOCK);
  }

  private synchronized void keep(Node node, byte[] block, MessageDigest after) {
    if (kept >= MOST_BLOCKS || follow(node, block, 0) != null) {
      return;
    }
    if (node.candidate != null && same(node.candidate, block, 0)) {
      node.next.add(node.candidate);
      node.candidate = null;
      kept++;
    } else {
      node.candidate = new Node(block, after);
    }
  }

  /** How many blocks of beginnings are kept. */
  synchronized int kept() {
    return kept;
  }

  private static MessageDigest copy(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 can be copied", e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

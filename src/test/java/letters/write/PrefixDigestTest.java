package letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Resuming from a shared beginning must give exactly the SHA-256 of the whole file. */
class PrefixDigestTest {
  @Test
  void givesTheSha256OfEachFileWhateverItShares() throws Exception {
    Random random = new Random(17);
    byte[][] beginnings = new byte[3][];
    for (int i = 0; i < beginnings.length; i++) {
      beginnings[i] = new byte[PrefixDigest.BLOCK * (i + 2) + random.nextInt(PrefixDigest.BLOCK)];
      random.nextBytes(beginnings[i]);
    }
    PrefixDigest digests = new PrefixDigest();
    for (int file = 0; file < 400; file++) {
      byte[] beginning = beginnings[random.nextInt(beginnings.length)];
      // Some files share all of a beginning, some part of it, some a beginning and more.
      int shared = random.nextBoolean() ? beginning.length : random.nextInt(beginning.length + 1);
      byte[] bytes = new byte[shared + random.nextInt(3 * PrefixDigest.BLOCK)];
      random.nextBytes(bytes);
      System.arraycopy(beginning, 0, bytes, 0, shared);
      String whole = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertEquals(whole, digests.hex(bytes), "file " + file);
    }
    assertTrue(digests.kept() > 3, "beginnings kept: " + digests.kept());
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[0])),
        digests.hex(new byte[0]));
  }
}

package dev.switchboard.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResponseBufferTest {
  @Test
  void keepsUpToTheLimitAndCountsTheRest() {
    ResponseBuffer buffer = new ResponseBuffer(10);
    buffer.write(new byte[] {1, 2, 3}, 0, 3);
    buffer.write(4);
    assertEquals(4, buffer.size());
    assertFalse(buffer.isOverLimit());
    assertArrayEquals(new byte[] {1, 2, 3, 4}, Arrays.copyOf(buffer.array(), buffer.size()));

    buffer.write(new byte[100], 0, 100);
    buffer.write(7);
    assertTrue(buffer.isOverLimit());
    assertEquals(105, buffer.total());
    assertEquals(11, buffer.size(), "one byte over the limit is kept, no more");

    buffer.reset();
    assertEquals(0, buffer.total());
    buffer.write(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, 0, 10);
    assertFalse(buffer.isOverLimit(), "exactly the limit is within it");
  }
}

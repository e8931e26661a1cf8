package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BeamQueue} gives its hypotheses in the order a {@link PriorityQueue} of OpenNLP's
 * sequences would, ties included: what keeps {@link NameDecoder}'s beam OpenNLP's when two
 * hypotheses score the same.
 */
class BeamQueueTest {
  /** A hypothesis as OpenNLP's {@code Sequence} orders it: the higher score first. */
  private record Scored(double score, int slot) implements Comparable<Scored> {
    @Override
    public int compareTo(Scored s) {
      return Double.compare(s.score, score);
    }
  }

  @Test
  void pollsInPriorityQueuesOrderTiesIncluded() {
    Random random = new Random(7);
    // Few distinct scores, so most offers tie; -0.0 and 0.0 differ for Double.compare.
    double[] values = {-3.5, -1.25, -1.25, -0.0, 0.0, -7, -2};
    BeamQueue queue = new BeamQueue(2); // small: grows as it goes
    for (int round = 0; round < 2000; round++) {
      queue.clear();
      PriorityQueue<Scored> expected = new PriorityQueue<>(3);
      List<Integer> order = new ArrayList<>();
      List<Integer> actualOrder = new ArrayList<>();
      int ops = 1 + random.nextInt(40);
      for (int op = 0; op < ops; op++) {
        if (expected.isEmpty() || random.nextInt(3) > 0) {
          double score = values[random.nextInt(values.length)];
          int slot = queue.offer(score, 0.5, op, -1);
          expected.add(new Scored(score, slot));
        } else {
          order.add(expected.remove().slot());
          actualOrder.add(queue.poll());
        }
      }
      while (!expected.isEmpty()) {
        order.add(expected.remove().slot());
        actualOrder.add(queue.poll());
      }
      assertThat(actualOrder).as("round %d", round).isEqualTo(order);
      assertThat(queue.size()).isZero();
    }
  }

  @Test
  void aSlotKeepsWhatWasOfferedUntilTheQueueIsCleared() {
    BeamQueue queue = new BeamQueue(1);
    int a = queue.offer(-2, 0.25, 4, 9);
    int b = queue.offer(-1, 0.5, 5, 10);
    assertThat(queue.poll()).isEqualTo(b);
    assertThat(queue.poll()).isEqualTo(a);
    assertThat(List.of(queue.score(a), queue.probability(a))).containsExactly(-2.0, 0.25);
    assertThat(List.of(queue.outcome(a), queue.parent(a))).containsExactly(4, 9);
    assertThatThrownBy(queue::poll).isInstanceOf(IllegalStateException.class);
    queue.clear();
    assertThat(queue.offer(0, 1, 0, 0)).isZero();
  }
}

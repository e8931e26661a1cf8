package dev.nirjas.entity;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The hypotheses one step of {@link NameDecoder}'s beam search offers, best score first, kept in
 * parallel primitive arrays and reused from step to step: no object per hypothesis.
 *
 * <p>Why a heap that copies {@link PriorityQueue}'s own, move for move, rather than any top-k: when
 * two hypotheses score the same, OpenNLP's {@code BeamSearch} takes whichever its {@code
 * PriorityQueue} gives first, and that depends on the heap's shape, so only the same sifts (and the
 * same {@link Double#compare}) break ties the same way. A step offers at most beam × outcomes
 * hypotheses (21 for the bundled model), so the heap stays small.
 *
 * <p>A hypothesis is a slot: its score, the probability of its last outcome, that outcome and its
 * parent (an index the decoder gives, into its table of the hypotheses expanded so far). Slots are
 * numbered in the order offered and stay valid until {@link #clear()}. Not thread-safe: one per
 * thread.
 */
final class BeamQueue {
  private double[] score;
  private double[] probability;
  private int[] outcome;
  private int[] parent;
  /** The heap: slots, in {@code PriorityQueue}'s array order. */
  private int[] heap;
  /** How many slots are offered since the last clear; how many of them are still in the heap. */
  private int slots;
  private int size;

  BeamQueue(int capacity) {
    capacity = Math.max(1, capacity);
    score = new double[capacity];
    probability = new double[capacity];
    outcome = new int[capacity];
    parent = new int[capacity];
    heap = new int[capacity];
  }

  /** Empties the queue; its slots' numbers are given again from 0. */
  void clear() {
    slots = 0;
    size = 0;
  }

  int size() {
    return size;
  }

  /** Adds a hypothesis, as {@code PriorityQueue.offer} (sift up): its slot. */
  int offer(double score, double probability, int outcome, int parent) {
    if (slots == heap.length) {
      grow();
    }
    int slot = slots++;
    this.score[slot] = score;
    this.probability[slot] = probability;
    this.outcome[slot] = outcome;
    this.parent[slot] = parent;
    int k = size++;
    while (k > 0) { // stop at the first parent this one does not beat: equal scores stay below
      int up = (k - 1) >>> 1;
      int e = heap[up];
      if (compare(slot, e) >= 0) {
        break;
      }
      heap[k] = e;
      k = up;
    }
    heap[k] = slot;
    return slot;
  }

  /** Removes the best hypothesis, as {@code PriorityQueue.poll} (last to the root, sift down). */
  int poll() {
    if (size == 0) {
      throw new IllegalStateException("no hypothesis left");
    }
    int result = heap[0];
    int n = --size;
    if (n > 0) {
      int x = heap[n];
      int k = 0;
      int half = n >>> 1;
      while (k < half) {
        int child = (k << 1) + 1;
        int c = heap[child];
        int right = child + 1;
        if (right < n && compare(c, heap[right]) > 0) { // the right child only when strictly better
          child = right;
          c = heap[child];
        }
        if (compare(x, c) <= 0) {
          break;
        }
        heap[k] = c;
        k = child;
      }
      heap[k] = x;
    }
    return result;
  }

  /** As OpenNLP's {@code Sequence.compareTo}: the higher score first. */
  private int compare(int a, int b) {
    return Double.compare(score[b], score[a]);
  }

  double score(int slot) {
    return score[slot];
  }

  double probability(int slot) {
    return probability[slot];
  }

  int outcome(int slot) {
    return outcome[slot];
  }

  int parent(int slot) {
    return parent[slot];
  }

  private void grow() {
    int capacity = 2 * heap.length;
    score = Arrays.copyOf(score, capacity);
    probability = Arrays.copyOf(probability, capacity);
    outcome = Arrays.copyOf(outcome, capacity);
    parent = Arrays.copyOf(parent, capacity);
    heap = Arrays.copyOf(heap, capacity);
  }
}

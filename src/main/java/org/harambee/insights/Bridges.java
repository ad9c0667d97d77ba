package org.harambee.insights;

import java.util.Arrays;

/** Finds a hidden entry whose edge is a bridge of the rows–columns graph (Tarjan's low-link, iterative). */
final class Bridges {

    private final boolean[][] hidden;
    private final int rows;
    private final int cols;
    private final int[] order;
    private final int[] low;
    private int clock;

    Bridges(boolean[][] hidden) {
        this.hidden = hidden;
        this.rows = hidden.length;
        this.cols = hidden[0].length;
        this.order = new int[rows + cols];
        this.low = new int[rows + cols];
    }

    /** The first bridge as {row, column}, or null when every hidden entry lies on a cycle. */
    int[] first() {
        Arrays.fill(order, -1);
        for (int v = 0; v < rows + cols; v++) {
            if (order[v] < 0) {
                int[] found = search(v);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private int[] search(int root) {
        // stack frames: node, parent, next neighbour to look at
        int[][] stack = new int[rows + cols][];
        int depth = 0;
        stack[depth++] = new int[] {root, -1, 0};
        order[root] = low[root] = clock++;
        while (depth > 0) {
            int[] frame = stack[depth - 1];
            int v = frame[0];
            int next = neighbour(v, frame[2]);
            if (next >= 0) {
                frame[2] = next + 1;
                int w = nodeAt(v, next);
                if (w == frame[1]) {
                    continue; // the edge back to the parent (a pair of lines shares one entry only)
                }
                if (order[w] < 0) {
                    order[w] = low[w] = clock++;
                    stack[depth++] = new int[] {w, v, 0};
                } else {
                    low[v] = Math.min(low[v], order[w]);
                }
            } else {
                depth--;
                int parent = frame[1];
                if (parent >= 0) {
                    low[parent] = Math.min(low[parent], low[v]);
                    if (low[v] > order[parent]) {
                        return parent < rows ? new int[] {parent, v - rows} : new int[] {v, parent - rows};
                    }
                }
            }
        }
        return null;
    }

    /** The index (column for a row node, row for a column node) of the next hidden entry from {@code from}. */
    private int neighbour(int v, int from) {
        if (v < rows) {
            for (int j = from; j < cols; j++) {
                if (hidden[v][j]) {
                    return j;
                }
            }
        } else {
            for (int i = from; i < rows; i++) {
                if (hidden[i][v - rows]) {
                    return i;
                }
            }
        }
        return -1;
    }

    private int nodeAt(int v, int index) {
        return v < rows ? rows + index : index;
    }
}

package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionTests {

    private final Suppression suppression = new Suppression(5);

    @Test
    void aLoneCountBelowTheThresholdIsHiddenButZeroIsShown() {
        assertThat(suppression.count(0)).isZero();
        assertThat(suppression.count(1)).isNull();
        assertThat(suppression.count(4)).isNull();
        assertThat(suppression.count(5)).isEqualTo(5);
    }

    @Test
    void aSmallPartTakesTheNextSmallestWithItSoTheTotalDoesNotGiveItAway() {
        assertThat(suppression.line(new long[] {3, 12, 10, 40}, 65)).containsExactly(null, 12L, null, 40L, 65L);
    }

    @Test
    void aPartHiddenForAnotherReasonIsProtectedAsASmallOneIs() {
        // 40 is hidden because a count elsewhere would be given away by it: the next smallest goes with it
        assertThat(suppression.line(new long[] {40, 12, 10}, 62, new boolean[] {true, false, false}))
                .containsExactly(null, 12L, null, 62L);
        // with a small part hidden too, the two protect each other
        assertThat(suppression.line(new long[] {40, 3, 10}, 53, new boolean[] {true, false, false}))
                .containsExactly(null, null, 10L, 53L);
    }

    @Test
    void aComplementIsNotAZeroWhenThereIsAnythingElse() {
        assertThat(suppression.line(new long[] {0, 3, 7}, 10)).containsExactly(0L, null, null, 10L);
    }

    @Test
    void aSmallTotalIsHiddenWithItsOnlyPart() {
        assertThat(suppression.line(new long[] {3}, 3)).containsExactly(null, null);
        assertThat(suppression.line(new long[] {}, 2)).containsExactly((Long) null);
    }

    @Test
    void aPartAloneUnderAShownTotalIsHiddenWithTheTotal() {
        // the only part equals the total: hiding the part alone would not hide it
        assertThat(suppression.line(new long[] {2, 0}, 2)).containsExactly(null, 0L, null);
    }

    @Test
    void theLineOfAParentWithItsOwnRecordsStillHidesTwo() {
        // the parent holds 5 of its own, not in any child; the line is still protected as if they were known
        Long[] out = suppression.line(new long[] {2, 30, 9}, 46);
        assertThat(out).containsExactly(null, 30L, null, 46L);
    }

    @Test
    void aTableHidesItsSmallCellsAndEnoughOthersAcrossRowsAndColumns() {
        long[][] cells = {{3, 20, 9}, {15, 11, 30}, {8, 40, 2}};
        Long[][] out = suppression.table(cells);
        assertThat(out[0][0]).isNull();
        assertThat(out[2][2]).isNull();
        assertNothingRecoverable(cells, out);
    }

    @Test
    void noHiddenCellCanBeWorkedOutFromWhatIsPublishedInManyRandomTables() {
        Random random = new Random(20261125L);
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(5);
            long[][] cells = new long[rows][cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    cells[i][j] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
                }
            }
            Long[][] out = suppression.table(cells);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    if (suppression.small(cells[i][j])) {
                        assertThat(out[i][j])
                                .as("small cell %d,%d of round %d", i, j, round)
                                .isNull();
                    } else if (out[i][j] != null) {
                        assertThat(out[i][j]).isEqualTo(cells[i][j]);
                    }
                }
            }
            assertNothingRecoverable(cells, out);
        }
    }

    /**
     * Independent of the bridge search: each line (every row with its total, every column with its total, the totals
     * row and column with the grand total) is a published equation in the hidden values; a hidden value is recoverable
     * when its unit vector lies in the row space of those equations. Checked by Gaussian elimination.
     */
    private static void assertNothingRecoverable(long[][] cells, Long[][] out) {
        int rows = cells.length + 1;
        int cols = cells[0].length + 1;
        long[][] full = new long[rows][cols];
        for (int i = 0; i < rows - 1; i++) {
            for (int j = 0; j < cols - 1; j++) {
                full[i][j] = cells[i][j];
                full[i][cols - 1] += cells[i][j];
                full[rows - 1][j] += cells[i][j];
                full[rows - 1][cols - 1] += cells[i][j];
            }
        }
        List<int[]> hidden = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (out[i][j] == null) {
                    hidden.add(new int[] {i, j});
                }
            }
        }
        if (hidden.isEmpty()) {
            return;
        }
        List<double[]> equations = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] eq = new double[hidden.size()];
            for (int h = 0; h < hidden.size(); h++) {
                int[] e = hidden.get(h);
                if (e[0] == i) {
                    eq[h] = e[1] == cols - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        for (int j = 0; j < cols; j++) {
            double[] eq = new double[hidden.size()];
            for (int h = 0; h < hidden.size(); h++) {
                int[] e = hidden.get(h);
                if (e[1] == j) {
                    eq[h] = e[0] == rows - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        int rank = rank(equations);
        for (int h = 0; h < hidden.size(); h++) {
            List<double[]> with = new ArrayList<>(equations);
            double[] unit = new double[hidden.size()];
            unit[h] = 1;
            with.add(unit);
            assertThat(rank(with))
                    .as("hidden entry %s,%s is recoverable", hidden.get(h)[0], hidden.get(h)[1])
                    .isGreaterThan(rank);
        }
    }

    private static int rank(List<double[]> rows) {
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        int width = m.length == 0 ? 0 : m[0].length;
        for (int col = 0; col < width && rank < m.length; col++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][col]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][col]) > 1e-9) {
                    double f = m[r][col] / m[rank][col];
                    for (int c = col; c < width; c++) {
                        m[r][c] -= f * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}

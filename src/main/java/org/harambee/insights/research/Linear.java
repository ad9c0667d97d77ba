package org.harambee.insights.research;

/** Small dense linear systems for the fitter: Gaussian elimination with partial pivoting. */
final class Linear {

    private Linear() {}

    /** Solves a·x = b; null when a is singular. */
    static double[] solve(double[][] a, double[] b) {
        int size = b.length;
        double[][] m = new double[size][size + 1];
        for (int i = 0; i < size; i++) {
            System.arraycopy(a[i], 0, m[i], 0, size);
            m[i][size] = b[i];
        }
        for (int col = 0; col < size; col++) {
            int pivot = col;
            for (int row = col + 1; row < size; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-300) {
                return null;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < size; row++) {
                double f = m[row][col] / m[col][col];
                for (int k = col; k <= size; k++) {
                    m[row][k] -= f * m[col][k];
                }
            }
        }
        double[] x = new double[size];
        for (int i = size - 1; i >= 0; i--) {
            double s = m[i][size];
            for (int k = i + 1; k < size; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}

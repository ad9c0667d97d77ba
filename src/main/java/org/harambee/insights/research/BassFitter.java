package org.harambee.insights.research;

/**
 * Fits the Bass diffusion model to monthly counts of new adopters: n(t) = [p + q·N(t−1)/m]·[m − N(t−1)], with N the
 * cumulative count before the month, by nonlinear least squares over p (innovation), q (imitation) and m (market
 * size). Started from the classic OLS regression n = a + b·N + c·N² and from a profile search over m (for a given m
 * the model is linear in p and q), then refined by Levenberg–Marquardt.
 */
public final class BassFitter {

    /** A fit: the parameters, R² over the observed months, the fitted counts and the counts forecast after them. */
    public record Fit(double p, double q, double m, double rSquared, double[] fitted, double[] forecast) {}

    private BassFitter() {}

    /** Fits the counts (one per month, oldest first) and forecasts {@code horizon} months. */
    public static Fit fit(double[] n, int horizon) {
        double[] before = cumulativeBefore(n);
        double total = before[n.length - 1] + n[n.length - 1];
        double[] best = profile(n, before, total);
        double[] ols = ols(n, before, total);
        if (ols != null && sse(n, before, ols) < sse(n, before, best)) {
            best = ols;
        }
        best = levenbergMarquardt(n, before, best, total);
        double[] fitted = new double[n.length];
        for (int t = 0; t < n.length; t++) {
            fitted[t] = model(best, before[t]);
        }
        double[] forecast = new double[horizon];
        double cumulative = total;
        for (int h = 0; h < horizon; h++) {
            forecast[h] = Math.max(0, model(best, cumulative));
            cumulative += forecast[h];
        }
        return new Fit(best[0], best[1], best[2], rSquared(n, fitted), fitted, forecast);
    }

    static double model(double[] b, double before) {
        return (b[0] + b[1] * before / b[2]) * (b[2] - before);
    }

    static double[] cumulativeBefore(double[] n) {
        double[] before = new double[n.length];
        for (int t = 1; t < n.length; t++) {
            before[t] = before[t - 1] + n[t - 1];
        }
        return before;
    }

    /** n = a + bN + cN², then a = pm, b = q − p, c = −q/m; null when the quadratic has no usable root. */
    static double[] ols(double[] n, double[] x, double total) {
        double[][] a = new double[3][3];
        double[] r = new double[3];
        for (int t = 0; t < n.length; t++) {
            double[] row = {1, x[t], x[t] * x[t]};
            for (int i = 0; i < 3; i++) {
                r[i] += row[i] * n[t];
                for (int j = 0; j < 3; j++) {
                    a[i][j] += row[i] * row[j];
                }
            }
        }
        double[] c = Linear.solve(a, r);
        if (c == null || c[2] >= 0) {
            return null;
        }
        double disc = c[1] * c[1] - 4 * c[0] * c[2];
        if (disc < 0) {
            return null;
        }
        double m = (-c[1] - Math.sqrt(disc)) / (2 * c[2]);
        if (!(m > total)) {
            return null;
        }
        return new double[] {c[0] / m, -c[2] * m, m};
    }

    /** The best m on a log grid above the total so far, with p and q by linear least squares for each. */
    static double[] profile(double[] n, double[] x, double total) {
        double low = Math.max(total, 1) * 1.0001;
        double[] best = null;
        double bestSse = Double.MAX_VALUE;
        for (int i = 0; i <= 400; i++) {
            double m = low * Math.pow(50, i / 400.0);
            double[] b = linearPq(n, x, m);
            double s = sse(n, x, b);
            if (s < bestSse) {
                bestSse = s;
                best = b;
            }
        }
        return best;
    }

    /** For a fixed m, n = p·(m − N) + q·(N − N²/m): two normal equations. */
    static double[] linearPq(double[] n, double[] x, double m) {
        double s11 = 0, s12 = 0, s22 = 0, r1 = 0, r2 = 0;
        for (int t = 0; t < n.length; t++) {
            double u = m - x[t];
            double v = x[t] - x[t] * x[t] / m;
            s11 += u * u;
            s12 += u * v;
            s22 += v * v;
            r1 += u * n[t];
            r2 += v * n[t];
        }
        double det = s11 * s22 - s12 * s12;
        if (Math.abs(det) < 1e-12 * Math.max(1, s11 * s22)) {
            return new double[] {s11 == 0 ? 0 : r1 / s11, 0, m};
        }
        return new double[] {(r1 * s22 - r2 * s12) / det, (s11 * r2 - s12 * r1) / det, m};
    }

    static double[] levenbergMarquardt(double[] n, double[] x, double[] start, double total) {
        double[] b = start.clone();
        double current = sse(n, x, b);
        double lambda = 1e-3;
        for (int iteration = 0; iteration < 200; iteration++) {
            double[][] jtj = new double[3][3];
            double[] jtr = new double[3];
            for (int t = 0; t < n.length; t++) {
                double[] g = {b[2] - x[t], x[t] - x[t] * x[t] / b[2], b[0] + b[1] * x[t] * x[t] / (b[2] * b[2])};
                double residual = n[t] - model(b, x[t]);
                for (int i = 0; i < 3; i++) {
                    jtr[i] += g[i] * residual;
                    for (int j = 0; j < 3; j++) {
                        jtj[i][j] += g[i] * g[j];
                    }
                }
            }
            boolean improved = false;
            while (lambda < 1e12) {
                double[][] damped = new double[3][3];
                for (int i = 0; i < 3; i++) {
                    damped[i] = jtj[i].clone();
                    damped[i][i] += lambda * Math.max(jtj[i][i], 1e-12);
                }
                double[] step = Linear.solve(damped, jtr);
                if (step != null) {
                    double[] next = {b[0] + step[0], b[1] + step[1], b[2] + step[2]};
                    double s = next[2] > total ? sse(n, x, next) : Double.MAX_VALUE;
                    if (s < current) {
                        boolean converged = current - s < 1e-12 * Math.max(1, current);
                        b = next;
                        current = s;
                        lambda = Math.max(lambda / 10, 1e-12);
                        improved = !converged;
                        break;
                    }
                }
                lambda *= 10;
            }
            if (!improved) {
                break;
            }
        }
        return b;
    }

    static double sse(double[] n, double[] x, double[] b) {
        double s = 0;
        for (int t = 0; t < n.length; t++) {
            double r = n[t] - model(b, x[t]);
            s += r * r;
        }
        return s;
    }

    static double rSquared(double[] n, double[] fitted) {
        double mean = 0;
        for (double v : n) {
            mean += v / n.length;
        }
        double total = 0, residual = 0;
        for (int t = 0; t < n.length; t++) {
            total += (n[t] - mean) * (n[t] - mean);
            residual += (n[t] - fitted[t]) * (n[t] - fitted[t]);
        }
        return total == 0 ? 0 : 1 - residual / total;
    }
}

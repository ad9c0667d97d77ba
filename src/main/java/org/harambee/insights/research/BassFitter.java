package org.harambee.insights.research;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * Fits the Bass diffusion model to monthly counts of new adopters: n(t) = [p + q·N(t−1)/m]·[m − N(t−1)], with N the
 * cumulative count before the month, by nonlinear least squares over p (innovation), q (imitation) and m (market
 * size). Started from the classic least-squares regression n = a + b·N + c·N² and from a profile search over m (for a given m
 * the model is linear in p and q), then refined by Levenberg–Marquardt over p = e^a, q = e^b and m = N + e^c (N the
 * adopters so far), so that the fit keeps p &gt; 0, q &gt; 0 (as close to 0 as the data want) and m above the adopters
 * already counted. Standard errors of p, q and m come from the Jacobian at the optimum: s²·(JᵀJ)⁻¹, s² the residual
 * variance on n − 3 degrees of freedom.
 */
public final class BassFitter {

    /**
     * A fit: the parameters with their standard errors (NaN when the data cannot tell them apart), R² over the
     * observed months, the fitted counts and the counts forecast after them.
     */
    public record Fit(
            double p,
            double q,
            double m,
            double seP,
            double seQ,
            double seM,
            double rSquared,
            double[] fitted,
            double[] forecast) {}

    private BassFitter() {}

    /** Fits the counts (one per month, oldest first, at least one adopter and four months) and forecasts. */
    public static Fit fit(double[] n, int horizon) {
        double[] before = cumulativeBefore(n);
        double total = before[n.length - 1] + n[n.length - 1];
        double[] best = profile(n, before, total);
        double[] ols = ols(n, before, total);
        if (ols != null && sse(n, before, ols) < sse(n, before, best)) {
            best = ols;
        }
        best = bounded(n, before, best, total);
        double[] fitted = new double[n.length];
        for (int t = 0; t < n.length; t++) {
            fitted[t] = model(best, before[t]);
        }
        double[] se = standardErrors(n, before, best);
        double[] forecast = new double[horizon];
        double cumulative = total;
        for (int h = 0; h < horizon; h++) {
            forecast[h] = Math.max(0, model(best, cumulative));
            cumulative += forecast[h];
        }
        return new Fit(best[0], best[1], best[2], se[0], se[1], se[2], rSquared(n, fitted), fitted, forecast);
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

    /**
     * n = a + bN + cN² by least squares (QR of the design matrix, not the normal equations, whose condition number is
     * the square of the design's with N² in it), then a = pm, b = q − p, c = −q/m; null when the columns are
     * dependent or the quadratic has no usable root.
     */
    static double[] ols(double[] n, double[] x, double total) {
        double[][] design = new double[n.length][];
        for (int t = 0; t < n.length; t++) {
            design[t] = new double[] {1, x[t], x[t] * x[t]};
        }
        double[] c;
        try {
            c = new QRDecomposition(new Array2DRowRealMatrix(design, false))
                    .getSolver()
                    .solve(new ArrayRealVector(n, false))
                    .toArray();
        } catch (SingularMatrixException e) {
            return null;
        }
        if (c[2] >= 0) {
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

    /**
     * Levenberg–Marquardt over (ln p, ln q, ln(m − total)), from the start moved inside the bounds: every point it
     * tries has p &gt; 0, q &gt; 0 and m &gt; total.
     */
    static double[] bounded(double[] n, double[] x, double[] start, double total) {
        double[] theta = {
            Math.log(Math.max(start[0], 1e-4)),
            Math.log(Math.max(start[1], 1e-4)),
            Math.log(Math.max(start[2] - total, Math.max(1, 0.01 * total)))
        };
        MultivariateJacobianFunction function = point -> {
            double[] t = point.toArray();
            double p = Math.exp(t[0]);
            double q = Math.exp(t[1]);
            double m = total + Math.exp(t[2]);
            double[] values = new double[n.length];
            double[][] jacobian = new double[n.length][3];
            for (int i = 0; i < n.length; i++) {
                values[i] = model(new double[] {p, q, m}, x[i]);
                double[] g = gradient(p, q, m, x[i]);
                jacobian[i][0] = g[0] * p;
                jacobian[i][1] = g[1] * q;
                jacobian[i][2] = g[2] * (m - total);
            }
            return new Pair<RealVector, RealMatrix>(
                    new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
        };
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                    .optimize(new LeastSquaresBuilder()
                            .start(theta)
                            .model(function)
                            .target(n)
                            .maxEvaluations(10_000)
                            .maxIterations(2_000)
                            .build());
            double[] t = optimum.getPoint().toArray();
            double[] fitted = {Math.exp(t[0]), Math.exp(t[1]), total + Math.exp(t[2])};
            double[] feasibleStart = {Math.exp(theta[0]), Math.exp(theta[1]), total + Math.exp(theta[2])};
            return sse(n, x, fitted) <= sse(n, x, feasibleStart) ? fitted : feasibleStart;
        } catch (RuntimeException e) {
            // no convergence within the bounds: the start, moved inside them, is the answer and R² will say how poor
            return new double[] {Math.exp(theta[0]), Math.exp(theta[1]), total + Math.exp(theta[2])};
        }
    }

    /** ∂n/∂p, ∂n/∂q, ∂n/∂m at one month. */
    static double[] gradient(double p, double q, double m, double before) {
        return new double[] {m - before, before - before * before / m, p + q * before * before / (m * m)};
    }

    /** Standard errors of p, q and m from the Jacobian at the fit; NaN when JᵀJ is singular or n ≤ 3. */
    static double[] standardErrors(double[] n, double[] x, double[] b) {
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        int dof = n.length - 3;
        if (dof <= 0) {
            return none;
        }
        double[][] j = new double[n.length][];
        for (int t = 0; t < n.length; t++) {
            j[t] = gradient(b[0], b[1], b[2], x[t]);
        }
        RealMatrix jacobian = new Array2DRowRealMatrix(j, false);
        RealMatrix normal = jacobian.transpose().multiply(jacobian);
        LUDecomposition lu = new LUDecomposition(normal, 1e-300);
        if (!lu.getSolver().isNonSingular()) {
            return none;
        }
        RealMatrix inverse;
        try {
            inverse = lu.getSolver().getInverse();
        } catch (RuntimeException e) {
            return none;
        }
        double variance = sse(n, x, b) / dof;
        double[] se = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = variance * inverse.getEntry(i, i);
            se[i] = v >= 0 && Double.isFinite(v) ? Math.sqrt(v) : Double.NaN;
        }
        return se;
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

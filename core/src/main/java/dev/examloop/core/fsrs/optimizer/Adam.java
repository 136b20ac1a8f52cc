package dev.examloop.core.fsrs.optimizer;

/**
 * The Adam optimiser (Kingma and Ba, 2015) with β1 = 0.9, β2 = 0.999 and ε = 10<sup>−8</sup>, the settings of
 * the reference: m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², w ← w − lr·m̂ / (√v̂ + ε), with the bias
 * corrections m̂ = m / (1 − β1<sup>t</sup>) and v̂ = v / (1 − β2<sup>t</sup>).
 */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[] m;
    private final double[] v;
    private int t;

    Adam(int size) {
        m = new double[size];
        v = new double[size];
    }

    /** One step on {@code w} in place, down the gradient {@code grad}, at learning rate {@code lr}. */
    void step(double[] w, double[] grad, double lr) {
        t++;
        double bias1 = 1 - Math.pow(BETA1, t);
        double bias2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < w.length; i++) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i];
            w[i] -= lr * (m[i] / bias1) / (Math.sqrt(v[i] / bias2) + EPSILON);
        }
    }
}

package dev.examloop.core.fsrs.optimizer;

/**
 * How the optimiser trains; the defaults are the reference's ({@code TrainingConfig} of fsrs-rs 6).
 *
 * @param epochs passes over the training items (5)
 * @param batchSize the most predictions per gradient step (512)
 * @param learningRate the initial learning rate of Adam, annealed to 0 on a cosine (0.04)
 * @param maxHistory items whose history is longer than this many reviews are not trained on (256)
 * @param gamma the weight of the penalty on moving away from the initial weights, in units of their spread
 *     across learners (1)
 * @param seed the seed of the batch shuffling: the same history and seed give the same parameters (2023)
 * @param relearningSteps the number of relearning steps the scheduler uses; above 1 it caps w17·w18 (1)
 * @param shortTerm whether the same-day weights (w17–w19) and the initial stabilities are trained (true)
 * @param threads how many threads compute each batch's gradient: a fixed partition and an ordered sum, so the
 *     result is the same for any count (1 or 2); 1 by default, because a batch of 512 predictions is too little
 *     work to share (the JMH benchmark of one epoch was slower on two threads, docs/performance.md)
 */
public record OptimizerSettings(
        int epochs,
        int batchSize,
        double learningRate,
        int maxHistory,
        double gamma,
        long seed,
        int relearningSteps,
        boolean shortTerm,
        int threads) {
    public static final OptimizerSettings DEFAULT = new OptimizerSettings(5, 512, 0.04, 256, 1.0, 2023, 1, true, 1);

    public OptimizerSettings {
        if (epochs < 1 || batchSize < 1 || maxHistory < 2 || threads < 1 || relearningSteps < 0) {
            throw new IllegalArgumentException("epochs, batch size and threads must be at least 1, the longest "
                    + "history at least 2 and relearning steps 0 or more; were " + epochs + ", " + batchSize + ", "
                    + threads + ", " + maxHistory + ", " + relearningSteps);
        }
        if (!(learningRate > 0) || !(gamma >= 0)) {
            throw new IllegalArgumentException(
                    "the learning rate must be positive and gamma 0 or more, were " + learningRate + " and " + gamma);
        }
    }

    public OptimizerSettings withSeed(long newSeed) {
        return new OptimizerSettings(
                epochs, batchSize, learningRate, maxHistory, gamma, newSeed, relearningSteps, shortTerm, threads);
    }

    public OptimizerSettings withThreads(int count) {
        return new OptimizerSettings(
                epochs, batchSize, learningRate, maxHistory, gamma, seed, relearningSteps, shortTerm, count);
    }

    public OptimizerSettings withEpochs(int count) {
        return new OptimizerSettings(
                count, batchSize, learningRate, maxHistory, gamma, seed, relearningSteps, shortTerm, threads);
    }
}

package nl.sofa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Evaluates a batch of situations, one JSON document per line, writing one result per line in the
 * same order: the advice, or {@code {"line": N, "error": {…}}} for a line that could not be
 * evaluated. A bad line never stops the batch.
 *
 * <p>The batch streams: at most {@code window} lines are in flight, so memory stays flat whatever
 * the length of the input; a line longer than the document limit is skipped to its end without
 * being held. With N threads the workers read, evaluate and write each line while this thread
 * keeps the order; the output is byte-identical to one thread's.
 */
final class NdjsonBatch {
    /** What one line turns into: the output bytes, and whether the line failed. */
    record LineResult(byte[] json, boolean failed) {
    }

    private final BiFunction<Long, byte[], LineResult> evaluateLine;
    private final int threads;
    private final int maxLineBytes;

    /**
     * @param evaluateLine turns one line (its number from 1, its bytes without the line break) into
     *     its output; must not throw
     * @param threads worker threads; 1 evaluates on the calling thread
     * @param maxLineBytes the longest line handed to {@code evaluateLine}; longer lines are failed
     *     by {@code tooLong} without being read into memory
     */
    NdjsonBatch(BiFunction<Long, byte[], LineResult> evaluateLine, int threads, int maxLineBytes) {
        this.evaluateLine = evaluateLine;
        this.threads = threads;
        this.maxLineBytes = maxLineBytes;
    }

    /** Runs the batch; returns the number of lines that failed. */
    long run(InputStream input, OutputStream output, Function<Long, LineResult> tooLong) {
        LineReader lines = new LineReader(input, maxLineBytes);
        try {
            return threads <= 1 ? runHere(lines, output, tooLong) : runOnWorkers(lines, output, tooLong);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long runHere(LineReader lines, OutputStream out, Function<Long, LineResult> tooLong) throws IOException {
        long failed = 0;
        for (long number = 1; lines.next(); number++) {
            LineResult result = lines.tooLong() ? tooLong.apply(number) : evaluateLine.apply(number, lines.bytes());
            failed += write(out, result);
        }
        out.flush();
        return failed;
    }

    private long runOnWorkers(LineReader lines, OutputStream out, Function<Long, LineResult> tooLong)
            throws IOException {
        int window = threads * 64;
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sofa-batch");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<LineResult>> inFlight = new ArrayDeque<>(window);
        long failed = 0;
        try {
            for (long number = 1; lines.next(); number++) {
                if (lines.tooLong()) {
                    LineResult result = tooLong.apply(number);
                    inFlight.add(java.util.concurrent.CompletableFuture.completedFuture(result));
                } else {
                    byte[] line = lines.bytes();
                    long lineNumber = number;
                    inFlight.add(workers.submit(() -> evaluateLine.apply(lineNumber, line)));
                }
                if (inFlight.size() >= window) {
                    failed += write(out, await(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                failed += write(out, await(inFlight.removeFirst()));
            }
            out.flush();
            return failed;
        } finally {
            workers.shutdownNow();
        }
    }

    private static LineResult await(Future<LineResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            // evaluateLine does not throw; if it did, that is a bug and must surface as one
            throw new IllegalStateException("a batch worker failed", e.getCause());
        }
    }

    private static int write(OutputStream out, LineResult result) throws IOException {
        out.write(result.json());
        out.write('\n');
        return result.failed() ? 1 : 0;
    }

    /**
     * Reads lines as bytes ({@code \n} or {@code \r\n}); the last line may lack its break. A line
     * longer than the limit is consumed to its end and reported as too long, never held whole.
     */
    static final class LineReader {
        private final InputStream in;
        private final int max;
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int limit;
        private byte[] line = new byte[8192];
        private int length;
        private boolean tooLong;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        /** Advances to the next line; false at the end of the input. */
        boolean next() throws IOException {
            length = 0;
            tooLong = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(chunk);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                any = true;
                int start = position;
                while (position < limit && chunk[position] != '\n') {
                    position++;
                }
                append(start, position - start);
                if (position < limit) {
                    position++; // the line break
                    break;
                }
            }
            if (!any) {
                return false;
            }
            if (!tooLong && length > 0 && line[length - 1] == '\r') {
                length--;
            }
            return true;
        }

        private void append(int from, int count) {
            if (tooLong || count == 0) {
                return;
            }
            if (length + count > max) {
                tooLong = true;
                return;
            }
            if (length + count > line.length) {
                line = Arrays.copyOf(line, Math.min(max, Math.max(line.length * 2, length + count)));
            }
            System.arraycopy(chunk, from, line, length, count);
            length += count;
        }

        /** Whether the current line was longer than the limit. */
        boolean tooLong() {
            return tooLong;
        }

        /** A copy of the current line's bytes, without its line break. */
        byte[] bytes() {
            return Arrays.copyOf(line, length);
        }
    }
}

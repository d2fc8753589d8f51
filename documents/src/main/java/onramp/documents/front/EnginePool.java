package onramp.documents.front;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Lends Tesseract engines to threads, one engine per concurrent caller, at most {@code size}.
 * Engines are made on first need (init takes ~100 ms) and kept, since reads come in bursts; a small
 * pool rather than a ThreadLocal, because request threads come and go and a ThreadLocal engine
 * would leak native memory with each.
 */
final class EnginePool implements AutoCloseable {
  private final Path tessdata;
  private final int size;
  private final Semaphore permits;
  private final LinkedBlockingDeque<OcrEngine> idle = new LinkedBlockingDeque<>();
  private final List<OcrEngine> all = new ArrayList<>();
  private boolean closed;

  EnginePool(Path tessdata, int size) {
    this.tessdata = tessdata;
    this.size = size;
    this.permits = new Semaphore(size, true);
  }

  <T> T with(Function<OcrEngine, T> work) {
    permits.acquireUninterruptibly();
    try {
      OcrEngine engine = borrow();
      try {
        return work.apply(engine);
      } finally {
        idle.push(engine);
      }
    } finally {
      permits.release();
    }
  }

  private synchronized OcrEngine borrow() {
    if (closed) {
      throw new IllegalStateException("the OCR reader was closed");
    }
    OcrEngine engine = idle.poll();
    if (engine == null) {
      engine = OcrEngine.open(tessdata);
      all.add(engine);
    }
    return engine;
  }

  /** Waits for engines in use to come back, then frees every engine's native memory. */
  @Override
  public void close() {
    permits.acquireUninterruptibly(size);
    try {
      synchronized (this) {
        closed = true;
        all.forEach(OcrEngine::close);
        all.clear();
        idle.clear();
      }
    } finally {
      permits.release(size);
    }
  }
}

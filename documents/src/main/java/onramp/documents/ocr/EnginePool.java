package onramp.documents.ocr;

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
public final class EnginePool implements AutoCloseable {
  private final Path modelFolder;
  private final OcrEngine.Setup setup;
  private final int size;
  private final Semaphore permits;
  private final LinkedBlockingDeque<OcrEngine> idle = new LinkedBlockingDeque<>();
  private final List<OcrEngine> all = new ArrayList<>();
  private boolean closed;

  private EnginePool(Path modelFolder, OcrEngine.Setup setup, int size) {
    this.modelFolder = modelFolder;
    this.setup = setup;
    this.size = size;
    this.permits = new Semaphore(size, true);
  }

  /**
   * A pool on the model at {@code location} (the tessdata folder or its parent), with one engine
   * started now to prove that the model works.
   *
   * @param consequence what cannot be read without OCR, for the exception's message, e.g. "Licence
   *     fronts cannot be read by OCR until then."
   * @throws OcrUnavailableException the model is not there, Tesseract will not start with it, or
   *     its native libraries do not load on this platform
   */
  public static EnginePool start(
      Path location, OcrEngine.Setup setup, int size, String consequence) {
    Path folder =
        Tessdata.resolve(location)
            .orElseThrow(
                () -> new OcrUnavailableException(Tessdata.missing(location, consequence)));
    EnginePool pool = new EnginePool(folder, setup, size);
    try {
      pool.with(engine -> true);
    } catch (RuntimeException | LinkageError e) {
      pool.close();
      throw new OcrUnavailableException(
          "Tesseract could not start with "
              + pool.model()
              + " ("
              + e.getMessage()
              + "); check that the file is a Tesseract 4/5 model and that Tesseract's native"
              + " libraries load on this platform. "
              + consequence,
          e);
    }
    return pool;
  }

  /** Where the model was found. */
  public Path model() {
    return modelFolder.resolve(Tessdata.MODEL);
  }

  /** Runs {@code work} with an engine of its own, waiting for one when all are lent. */
  public <T> T with(Function<OcrEngine, T> work) {
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
      engine = OcrEngine.open(modelFolder, setup);
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

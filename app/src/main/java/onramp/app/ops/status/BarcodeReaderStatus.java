package onramp.app.ops.status;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The PDF417 reader is plain Java (ZXing) inside the jar: it is always on. */
@Component
@Order(20)
class BarcodeReaderStatus implements ComponentStatusProvider {
  @Override
  public ComponentStatus status() {
    return ComponentStatus.on(
        "Barcode reader", "PDF417 (licence back) read in-process by ZXing; needs no setup");
  }
}

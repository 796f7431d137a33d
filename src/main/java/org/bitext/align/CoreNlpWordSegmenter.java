package org.bitext.align;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's Chinese word segmenter (CTB model), the only class that touches {@code edu.stanford.*}.
 * Loading takes seconds and about a gigabyte of heap, so build it once, through {@link LazyWordSegmenter}.
 */
public final class CoreNlpWordSegmenter implements WordSegmenter {
  private static final String MODEL_DIR = "edu/stanford/nlp/models/segmenter/chinese";

  private final CRFClassifier<CoreLabel> classifier;

  private CoreNlpWordSegmenter(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** Loads the CTB model from CoreNLP's Chinese models jar on the class path. */
  public static CoreNlpWordSegmenter load() {
    Properties props = new Properties();
    props.setProperty("sighanCorporaDict", MODEL_DIR);
    props.setProperty("serDictionary", MODEL_DIR + "/dict-chris6.ser.gz");
    props.setProperty("inputEncoding", "UTF-8");
    props.setProperty("sighanPostProcessing", "true");
    CRFClassifier<CoreLabel> classifier = new CRFClassifier<>(props);
    try {
      classifier.loadClassifier(MODEL_DIR + "/ctb.gz", props);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load CoreNLP's Chinese segmenter model " + MODEL_DIR
          + "/ctb.gz; is stanford-corenlp's models-chinese jar on the class path?", e);
    }
    return new CoreNlpWordSegmenter(classifier);
  }

  @Override
  public List<String> segment(String chinese) {
    // CRFClassifier keeps per-call state in shared fields; one call at a time.
    synchronized (classifier) {
      return List.copyOf(classifier.segmentString(chinese));
    }
  }
}

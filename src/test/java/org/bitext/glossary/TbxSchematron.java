package org.bitext.glossary;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.bitext.testing.TestFiles;

/**
 * The TBX-Basic dialect's Schematron rules ({@code tbx/TBX-Basic_DCA.sch}), compiled to XSLT by SchXslt's
 * XSLT 2.0 pipeline and run by Saxon-HE: the messages of the assertions a file fails, as SVRL reports them.
 */
final class TbxSchematron {
  private static final String PIPELINE = "/xslt/2.0/pipeline-for-svrl.xsl";
  private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

  private final Processor saxon = new Processor(false);
  private final XsltExecutable rules;

  TbxSchematron() throws Exception {
    XsltCompiler compiler = saxon.newXsltCompiler();
    URL pipeline = TbxSchematron.class.getResource(PIPELINE);
    XsltTransformer compile = compiler.compile(new StreamSource(pipeline.openStream(), pipeline.toString())).load();
    compile.setSource(new StreamSource(TestFiles.resource("tbx/TBX-Basic_DCA.sch").toFile()));
    XdmDestination compiled = new XdmDestination();
    compile.setDestination(compiled);
    compile.transform();
    this.rules = compiler.compile(compiled.getXdmNode().asSource());
  }

  /** The text of each assertion {@code tbx} fails, in document order; empty when it passes every rule. */
  List<String> failures(Path tbx) throws Exception {
    XsltTransformer validate = rules.load();
    validate.setSource(new StreamSource(tbx.toFile()));
    XdmDestination report = new XdmDestination();
    validate.setDestination(report);
    validate.transform();
    XPathCompiler xpath = saxon.newXPathCompiler();
    xpath.declareNamespace("svrl", SVRL);
    List<String> failures = new ArrayList<>();
    for (XdmItem failed : xpath.evaluate("//svrl:failed-assert/normalize-space(svrl:text)", report.getXdmNode())) {
      failures.add(failed.getStringValue());
    }
    if (xpath.evaluate("//svrl:fired-rule", report.getXdmNode()).size() == 0) {
      throw new IllegalStateException("no Schematron rule fired on " + tbx + ": the rules did not run");
    }
    return failures;
  }
}

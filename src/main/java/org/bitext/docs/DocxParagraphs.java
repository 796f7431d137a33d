package org.bitext.docs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.bitext.source.InputException;

/** The paragraphs of a Word document (.docx), read with Apache POI, in body order; table cells one by one. */
final class DocxParagraphs {
  private DocxParagraphs() {}

  static List<String> of(byte[] docx) throws InputException {
    List<String> paragraphs = new ArrayList<>();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          add(paragraph.getText(), paragraphs);
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              cell.getParagraphs().forEach(p -> add(p.getText(), paragraphs));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new InputException("not a readable .docx file (" + e.getMessage() + ")", e);
    }
    return paragraphs;
  }

  private static void add(String text, List<String> paragraphs) {
    String paragraph = text.replaceAll("\\s+", " ").strip();
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
  }
}

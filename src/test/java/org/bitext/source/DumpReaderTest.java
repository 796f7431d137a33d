package org.bitext.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A MediaWiki XML dump read page by page: articles of the main namespace, redirects and other pages passed over. */
class DumpReaderTest {
  private final List<Article> articles = new ArrayList<>();
  private final List<Diagnostic> skipped = new ArrayList<>();
  private final ArticleSink sink = new ArticleSink() {
    @Override
    public void accept(Article article) {
      articles.add(article);
    }

    @Override
    public void skipped(Diagnostic problem) {
      skipped.add(problem);
    }
  };

  private void read(String xml) throws Exception {
    new DumpReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "zhwiki.xml", sink);
  }

  @Test
  void readsMainNamespaceArticlesWithTheirTitleAndDecodedText() throws Exception {
    read("""
        <mediawiki>
          <siteinfo><sitename>维基百科</sitename></siteinfo>
          <page><title>图灵测试</title><ns>0</ns><id>1</id>
            <revision><text xml:space="preserve">'''图灵测试'''（Turing test）&lt;ref&gt;x&lt;/ref&gt;</text></revision>
          </page>
          <page><title>Talk:图灵测试</title><ns>1</ns><id>2</id><revision><text>讨论</text></revision></page>
          <page><title>圖靈測試</title><ns>0</ns><id>3</id><redirect title="图灵测试" />
            <revision><text>#REDIRECT [[图灵测试]]</text></revision></page>
        </mediawiki>
        """);
    assertThat(articles).extracting(Article::title, Article::origin, Article::text, Article::format)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("图灵测试", "zhwiki.xml (page 图灵测试)",
            "'''图灵测试'''（Turing test）<ref>x</ref>", SourceFormat.WIKITEXT));
    assertThat(skipped).isEmpty();
  }

  @Test
  void aPageWithoutTextIsNamedAndSkipped() throws Exception {
    read("<mediawiki><page><title>空</title><ns>0</ns><revision></revision></page></mediawiki>");
    assertThat(articles).isEmpty();
    assertThat(skipped).containsExactly(new Diagnostic("zhwiki.xml (page 空)", "page has no text"));
  }

  @Test
  void brokenXmlNamesThePageItBreaksIn() throws Exception {
    assertThatThrownBy(() -> read("""
        <mediawiki><page><title>甲</title><ns>0</ns><revision><text>好的</text></revision></page>
        <page><title>乙</title><ns>0</ns><revision><text>坏的</revision></page></mediawiki>
        """)).isInstanceOf(InputException.class).hasMessageContaining("(in page 乙)");
    assertThat(articles).extracting(Article::title).containsExactly("甲");
  }
}

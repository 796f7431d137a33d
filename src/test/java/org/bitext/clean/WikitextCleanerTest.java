package org.bitext.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wikitext cleaner on small inline articles: the prose it keeps, its marks, lines, sections and references. */
class WikitextCleanerTest {
  private static final WikitextCleaner CLEANER = new WikitextCleaner();

  /** Each mark as {@code KIND text→value}. */
  private static List<String> marks(CleanText clean) {
    return clean.marks().stream()
        .map(mark -> mark.kind() + " " + clean.slice(mark.start(), mark.end()) + "→" + mark.value()).toList();
  }

  @Test
  void keepsProseAndMarksLinksBoldAndLanguageTemplates() {
    CleanText clean = CLEANER.clean("""
        '''图灵测试'''（{{lang-en|Turing test}}）是[[艾伦·图灵|图灵]]于1950年提出的[[思想实验]]。
        """);
    assertThat(clean.text()).isEqualTo("图灵测试（Turing test）是图灵于1950年提出的思想实验。\n");
    assertThat(marks(clean)).containsExactly("BOLD 图灵测试→", "ENGLISH Turing test→en", "LINK 图灵→艾伦·图灵",
        "LINK 思想实验→思想实验");
  }

  @Test
  void interlanguageLinksShowTheirChineseAndKeepTheEnglishTitle() {
    CleanText clean = CLEANER.clean("由{{le|蓋茲堡國家公墓|Gettysburg National Cemetery}}管理。");
    assertThat(clean.text()).isEqualTo("由蓋茲堡國家公墓管理。\n");
    assertThat(marks(clean)).containsExactly("INTERLANGUAGE 蓋茲堡國家公墓→Gettysburg National Cemetery");
  }

  @Test
  void anInterlanguageLinkShowsItsDisplayTextAndPairsItWhenItIsTheTitleOrPartOfIt() {
    CleanText clean = CLEANER.clean("的{{le|達西 (單位)|Darcy (unit)|達西}}，{{link-en|[[喬治]]·吉佩|George Gipp|吉佩}}，"
        + "{{link-en|湯森德法案|Townshend Acts|强行徵税}}，{{link-en|我会回来的|I'll be back|我会回来的。}}，"
        + "{{le|备忘录模式|Memento pattern|备忘录}}");
    assertThat(clean.text()).isEqualTo("的達西，吉佩，强行徵税，我会回来的。，备忘录\n");
    assertThat(marks(clean)).containsExactly("INTERLANGUAGE 達西→Darcy (unit)", "INTERLANGUAGE 吉佩→George Gipp",
        "INTERLANGUAGE 我会回来的。→I'll be back", "INTERLANGUAGE 备忘录→Memento pattern");
  }

  @Test
  void referencesLeaveTheProseButAreKeptWithTheirAnchor() {
    CleanText clean = CLEANER.clean("""
        他表示「我们会赢。」<ref name="tass">{{cite web|title=We will win|url=http://tass.ru/x|date=2022-02-22}}</ref>随后离开。
        """);
    assertThat(clean.text()).isEqualTo("他表示「我们会赢。」随后离开。\n");
    assertThat(clean.references()).hasSize(1);
    Reference reference = clean.references().get(0);
    assertThat(reference.anchor()).isEqualTo(clean.text().indexOf("随后"));
    assertThat(reference.name()).isEqualTo("tass");
    assertThat(reference.title()).isEqualTo("We will win");
    assertThat(reference.url()).isEqualTo("http://tass.ru/x");
    assertThat(reference.date()).isEqualTo("2022-02-22");
  }

  @Test
  void headingsBecomeSectionsAndLinesKeepTheirKind() {
    CleanText clean = CLEANER.clean("""
        导言。
        == 历史 ==
        * 第一项
        : 缩进的一行
        正文。
        """);
    assertThat(clean.sections()).extracting(Section::title).containsExactly("历史");
    assertThat(clean.sectionAt(clean.text().indexOf("正文"))).isEqualTo("历史");
    assertThat(clean.sectionAt(0)).isEmpty();
    assertThat(clean.lines()).extracting(line -> clean.slice(line.start(), line.end()) + " " + line.kind())
        .containsExactly("导言。 PARAGRAPH", "历史 HEADING", "第一项 LIST_ITEM", "缩进的一行 INDENTED", "正文。 PARAGRAPH");
  }

  @Test
  void variantMarkupEntitiesAndCommentsResolve() {
    CleanText clean = CLEANER.clean("-{zh-hans:软件;zh-hant:軟體}-与&amp;&#x4E2D;<!-- 注释 -->文");
    assertThat(clean.text()).isEqualTo("软件与&中文\n");
  }

  @Test
  void aVariantsOwnLinksShowTheirText() {
    CleanText clean = CLEANER.clean("*《-{zh-hans:[[汤姆·索亚历险记|汤姆·索亚历险记]];zh-hk:[[湯姆歷險記|湯姆歷險記]];}-》"
        + "（''The Adventures of Tom Sawyer''）");
    assertThat(clean.text()).isEqualTo("《汤姆·索亚历险记》（The Adventures of Tom Sawyer）\n");
  }

  @Test
  void tablesTemplatesAndCategoriesAreNotProse() {
    CleanText clean = CLEANER.clean("""
        {{Authority control|VIAF=12345}}
        正文。
        [[Category:人物]]
        """);
    assertThat(clean.text().strip()).isEqualTo("正文。");
  }

  /** Every clean char maps to a source offset; offsets never go back; a plain char maps onto the same char. */
  @Test
  void sourceOffsetsAreMonotoneAndPointAtTheSameCharacter() {
    String source = """
        '''图灵测试'''（{{lang-en|Turing test}}）是[[艾伦·图灵|图灵]]提出的。<ref>{{cite web|title=X}}</ref>
        == 历史 ==
        由{{le|蓋茲堡國家公墓|Gettysburg National Cemetery}}与&amp;管理。
        """;
    CleanText clean = CLEANER.clean(source);
    int previous = -1;
    for (int i = 0; i < clean.text().length(); i++) {
      int offset = clean.sourceOffset(i);
      assertThat(offset).as("char %d", i).isGreaterThanOrEqualTo(previous).isLessThan(source.length());
      previous = offset;
      char c = clean.text().charAt(i);
      if (!Character.isWhitespace(c)) {
        assertThat(source.charAt(offset)).as("char %d (%s)", i, c).isEqualTo(c);
      }
    }
  }

  /** Each cell as {@code table.row.column text}, its line breaks shown as ⏎. */
  private static List<String> cells(CleanText clean) {
    return clean.cells().stream().map(cell -> cell.table() + "." + cell.row() + "." + cell.column() + " "
        + clean.slice(cell.span().start(), cell.span().end()).replace("\n", "⏎")).toList();
  }

  /**
   * From zhwiki 哦，船长，我的船长: a poem in a template in each cell of a row ({{lang|en|…}}, {{Unicode|…}}), its
   * lines broken by {@code <br />} or indented: every line is one of its cell's, the indentation gone, and the
   * font-picking {{Unicode}} shows its text.
   */
  @Test
  void linesInsideATemplateInATableCellAreTheCellsLines() {
    CleanText clean = CLEANER.clean("""
        {|
        |- Valign=top
        |
        {{lang|en|O Captain! My Captain! our fearful trip is done;<br />
        The ship has weather'd every rack, the prize we sought is won;
        :But O heart! heart! heart!
        ::O the bleeding drops of red,}}
        |
        {{Unicode|哦，船长，我的船长！我们险恶的航程已经告终，<br />
        我们的船安渡过惊涛骇浪，我们寻求的奖赏已赢得手中。
        :可是，心啊！心啊！心啊！
        ::哦，殷红的血滴流泻，}}
        |}
        """);
    assertThat(clean.lines()).extracting(line -> clean.slice(line.start(), line.end()) + " " + line.kind())
        .containsExactly("O Captain! My Captain! our fearful trip is done; TABLE_CELL",
            "The ship has weather'd every rack, the prize we sought is won; TABLE_CELL",
            "But O heart! heart! heart! TABLE_CELL", "O the bleeding drops of red, TABLE_CELL",
            "哦，船长，我的船长！我们险恶的航程已经告终， TABLE_CELL", "我们的船安渡过惊涛骇浪，我们寻求的奖赏已赢得手中。 TABLE_CELL",
            "可是，心啊！心啊！心啊！ TABLE_CELL", "哦，殷红的血滴流泻， TABLE_CELL");
  }

  /** Outside tables, a shown template's lines keep their own indentation, as the page shows it. */
  @Test
  void anIndentedLineInsideAShownTemplateIsIndented() {
    CleanText clean = CLEANER.clean("{{lang|en|Mine eyes have seen the glory\n:of the coming of the Lord}}");
    assertThat(clean.lines()).extracting(line -> clean.slice(line.start(), line.end()) + " " + line.kind())
        .containsExactly("Mine eyes have seen the glory PARAGRAPH", "of the coming of the Lord INDENTED");
  }

  /** From zhwiki 挑战者号航天飞机灾难 and 好奇害死猫: every line of a block quotation is indented, <br /> parts them. */
  @Test
  void everyLineOfABlockQuotationIsIndented() {
    CleanText clean = CLEANER.clean("{{Cquote|我们永远缅怀他们。<br />\nWe will never forget them.}}\n"
        + "{{Cquote|''Care killed the Cat.''\n''It is said that a cat has nine lives.''}}\n"
        + "{{Cquote|我们会赢。<br />We will win.}}\n他说。");
    assertThat(clean.lines()).extracting(line -> clean.slice(line.start(), line.end()) + " " + line.kind())
        .containsExactly("我们永远缅怀他们。 INDENTED", "We will never forget them. INDENTED",
            "Care killed the Cat. INDENTED", "It is said that a cat has nine lives. INDENTED",
            "我们会赢。 INDENTED", "We will win. INDENTED", "他说。 PARAGRAPH");
  }

  @Test
  void tableCellsAreProseOnLinesOfTheirOwnWithoutHeadersOrAttributes() {
    CleanText clean = CLEANER.clean("""
        {| class="wikitable"
        |-
        ! 段落 !! 英文 !! 中文
        |-
        | 第一段 || Joy to the world!<br />
        Let earth receive her King;
        ||
        普世歡騰！<br />
        大地接她君王；
        |-
        | style="text-align:center" | 第二段 || [[Joy]] || 歡騰
        |}
        """);
    assertThat(cells(clean)).containsExactly("0.0.0 第一段", "0.0.1 Joy to the world!⏎Let earth receive her King;",
        "0.0.2 普世歡騰！⏎大地接她君王；", "0.1.0 第二段", "0.1.1 Joy", "0.1.2 歡騰");
    assertThat(clean.lines()).extracting(Line::kind).containsOnly(LineKind.TABLE_CELL);
    assertThat(clean.text()).doesNotContain("段落", "wikitable", "text-align", "|");
  }

  @Test
  void aCellsColumnCountsTheColumnsSpannedBeforeIt() {
    CleanText clean = CLEANER.clean("""
        {| class="wikitable"
        |-
        | H || colspan="2" | 氫 || 氢 || hydrogen
        |-
        | He || COLSPAN=3 | 氦 || helium
        |}
        """);
    assertThat(cells(clean)).containsExactly("0.0.0 H", "0.0.1 氫", "0.0.3 氢", "0.0.4 hydrogen", "0.1.0 He",
        "0.1.1 氦", "0.1.4 helium");
  }

  @Test
  void anInfoboxsProseFieldsAreCellsOfTheirOwnAndItsFilesAreDropped() {
    CleanText clean = CLEANER.clean("""
        {{Infobox writer
        | name     = 馬克·吐溫<br>{{small|Mark Twain}}
        | image    = Mark Twain, Brady-Handy photo portrait.jpg
        | children = {{link-en|苏西·克莱门斯|Susy Clemens}}<br/>{{link-en|克莱拉·克莱门斯|Clara Clemens}}
        | birth_place = {{Translink|en|Hannibal, Missouri|汉尼拔 (密苏里州)|汉尼拔}}
        }}
        '''馬克·吐溫'''是作家。
        """);
    assertThat(cells(clean)).containsExactly("0.0.0 馬克·吐溫⏎Mark Twain", "0.1.0 苏西·克莱门斯⏎克莱拉·克莱门斯",
        "0.2.0 汉尼拔");
    assertThat(marks(clean)).contains("INTERLANGUAGE 苏西·克莱门斯→Susy Clemens",
        "INTERLANGUAGE 汉尼拔→Hannibal, Missouri");
    assertThat(clean.lines()).extracting(line -> clean.slice(line.start(), line.end()) + " " + line.kind())
        .containsExactly("馬克·吐溫 TABLE_CELL", "Mark Twain TABLE_CELL", "苏西·克莱门斯 TABLE_CELL",
            "克莱拉·克莱门斯 TABLE_CELL", "汉尼拔 TABLE_CELL", "馬克·吐溫是作家。 PARAGRAPH");
  }

  @Test
  void aListTemplatesItemsAreLinesInAnInfoboxAndARunOfProseElsewhere() {
    CleanText clean = CLEANER.clean("""
        {{Infobox film
        | music = {{unbulleted list|[[尼诺·罗塔|尼诺·罗塔]]|{{Link-en|卡迈·科波拉|Carmine Coppola}}}}
        }}
        配樂{{hlist|甲|乙}}。
        """);
    assertThat(cells(clean)).containsExactly("0.0.0 尼诺·罗塔⏎卡迈·科波拉");
    assertThat(clean.text()).endsWith("配樂甲 乙。\n");
  }

  @Test
  void aRareCharacterTemplateShowsTheCharacter() {
    assertThat(CLEANER.clean("元素{{僻字|𬬻|⿰钅卢}}。").text().strip()).isEqualTo("元素𬬻。");
  }

  @Test
  void aCellsIndentedLinesLoseTheirIndentation() {
    CleanText clean = CLEANER.clean("""
        {|
        |
        :{{lang|en|God save our gracious Queen!}}
        :{{lang|en|Long live our noble Queen!}}
        |
        :上帝保佑女皇，
        :祝她萬壽無疆，
        |}
        """);
    assertThat(cells(clean)).containsExactly("0.0.0 God save our gracious Queen!⏎Long live our noble Queen!",
        "0.0.1 上帝保佑女皇，⏎祝她萬壽無疆，");
  }

  @Test
  void aLineBreakOutsideATableIsASpace() {
    assertThat(CLEANER.clean("甲<br />乙").text()).isEqualTo("甲 乙\n");
  }

  @Test
  void aNoteTemplateIsKeptAsAReferenceWithItsOriginal() {
    CleanText clean = CLEANER.clean("她说：「我们会赢。」{{efn|原文：We will win.}}");
    assertThat(clean.text()).isEqualTo("她说：「我们会赢。」\n");
    assertThat(clean.originals()).singleElement().satisfies(note -> {
      assertThat(note.anchor()).isEqualTo(10);
      assertThat(note.original()).contains(new FootnoteOriginal("We will win.", FootnoteOriginal.Form.MARKED));
    });
  }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;

namespace Archive.Search.Analysis;

/// <summary>
/// The word field: SmartCn segmentation as in the stock SmartChineseAnalyzer (its dictionaries, Porter stemming of
/// Latin words, its stop set, which also drops punctuation), with full-width forms folded so "２０１９" and "2019" meet,
/// over the text as a reader sees it (<see cref="ReaderLayoutCharFilter"/>).
/// </summary>
public sealed class SmartCnFieldAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new ReaderLayoutCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        Tokenizer source = new HMMChineseTokenizer(reader);
        TokenStream sink = new CJKWidthFilter(source);
        sink = new LowerCaseFilter(ArchiveLuceneVersion.Current, sink);
        sink = new PorterStemFilter(sink);
        sink = new StopFilter(ArchiveLuceneVersion.Current, sink, SmartChineseAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, sink);
    }
}

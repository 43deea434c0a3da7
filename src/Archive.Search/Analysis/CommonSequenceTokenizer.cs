using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>
/// Emits each <see cref="CommonSequences"/> entry the text holds, once, for the docs-only field
/// <see cref="IndexFields.TextCommon"/>: which reports hold a sequence is all that field answers.
/// </summary>
internal sealed class CommonSequenceTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private IEnumerator<string>? _found;

    public CommonSequenceTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        _found ??= CommonSequences.FindIn(ExactTextForm.Fold(m_input.ReadToEnd())).GetEnumerator();
        if (!_found.MoveNext())
        {
            return false;
        }

        _term.SetEmpty().Append(_found.Current);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _found = null;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>
/// Emits every pair of consecutive <see cref="ExactTextForm"/> units as one term, one position apart, and
/// the last unit alone. A phrase of n ≥ 2 units is then found exactly by the n−1 bigrams at consecutive
/// positions, whatever the script (hanzi, digits, Latin, punctuation) and whatever SmartCn's segmentation.
/// Where a bigram is common (<see cref="CommonBigrams"/>), the trigrams that contain it are emitted too, at the
/// position of their first unit, so phrase matching can avoid reading the common bigram's positions.
/// </summary>
internal sealed class ExactBigramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private List<ExactTextUnit>? _units;
    private int _next;
    private int _length;
    private bool _trigramPending;

    public ExactBigramTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_units is null)
        {
            var text = m_input.ReadToEnd();
            _length = text.Length;
            _units = ExactTextForm.Units(text);
        }

        if (_trigramPending)
        {
            // The trigram starting at the bigram just emitted, at the same position.
            _trigramPending = false;
            var start = _units[_next - 1];
            _term.SetEmpty().Append(start.Value).Append(_units[_next].Value).Append(_units[_next + 1].Value);
            _offset.SetOffset(CorrectOffset(start.Start), CorrectOffset(_units[_next + 1].End));
            _increment.PositionIncrement = 0;
            return true;
        }

        if (_next >= _units.Count)
        {
            return false;
        }

        var first = _units[_next];
        _term.SetEmpty().Append(first.Value);
        var end = first.End;
        if (_next + 1 < _units.Count)
        {
            var second = _units[_next + 1];
            _term.Append(second.Value);
            end = second.End;
        }

        _offset.SetOffset(CorrectOffset(first.Start), CorrectOffset(end));
        _trigramPending = _next + 2 < _units.Count && CommonBigrams.IndexesTrigram(first.Value, _units[_next + 1].Value, _units[_next + 2].Value);
        _next++;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _units = null;
        _next = 0;
        _length = 0;
        _trigramPending = false;
    }
}

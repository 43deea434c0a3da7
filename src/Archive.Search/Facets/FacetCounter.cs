using System.Globalization;
using Archive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Facets;

/// <summary>
/// Counts every matching document by year, province, prefecture, template, agency kind and has-flags from doc
/// values (Lucene.Net.Facet is not available here). Per segment it counts ordinals into arrays and turns them
/// into labels when the segment ends, the shape of SortedSetDocValuesFacetCounts. One instance per search.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private static readonly (string Facet, string Field)[] SortedFacets =
    [
        (FacetNames.Province, IndexFields.ProvinceValues),
        (FacetNames.Prefecture, IndexFields.PrefectureValues),
        (FacetNames.County, IndexFields.CountyValues),
        (FacetNames.Template, IndexFields.TemplateValues),
        (FacetNames.AgencyKind, IndexFields.AgencyKindValues),
    ];

    private readonly Dictionary<string, Dictionary<string, int>> _totals = FacetNames.All.ToDictionary(
        name => name, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly Dictionary<int, int> _years = [];
    private readonly int[] _hasFlags = new int[2];
    private readonly SortedDocValues?[] _sortedValues = new SortedDocValues?[SortedFacets.Length];
    private readonly int[][] _ordinalCounts = new int[SortedFacets.Length][];
    private NumericDocValues? _yearValues;
    private IBits? _yearPresent;
    private NumericDocValues? _hasFlagsValues;
    private IBits? _hasFlagsPresent;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counts need no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        for (var i = 0; i < SortedFacets.Length; i++)
        {
            var values = reader.GetSortedDocValues(SortedFacets[i].Field);
            _sortedValues[i] = values;
            _ordinalCounts[i] = values is null ? [] : new int[values.ValueCount];
        }

        _yearValues = reader.GetNumericDocValues(IndexFields.YearValues);
        _yearPresent = reader.GetDocsWithField(IndexFields.YearValues);
        _hasFlagsValues = reader.GetNumericDocValues(IndexFields.HasFlagsValues);
        _hasFlagsPresent = reader.GetDocsWithField(IndexFields.HasFlagsValues);
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _sortedValues.Length; i++)
        {
            var ordinal = _sortedValues[i]?.GetOrd(doc) ?? -1;
            if (ordinal >= 0)
            {
                _ordinalCounts[i][ordinal]++;
            }
        }

        if (_yearValues is not null && _yearPresent is not null && _yearPresent.Get(doc))
        {
            var year = (int)_yearValues.Get(doc);
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }

        if (_hasFlagsValues is not null && _hasFlagsPresent is not null && _hasFlagsPresent.Get(doc))
        {
            _hasFlags[_hasFlagsValues.Get(doc) != 0 ? 1 : 0]++;
        }
    }

    /// <summary>Facet name → values with their counts, largest count first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        FlushSegment();
        foreach (var (year, count) in _years)
        {
            _totals[FacetNames.Year][year.ToString(CultureInfo.InvariantCulture)] = count;
        }

        if (_hasFlags[1] > 0)
        {
            _totals[FacetNames.HasFlags]["true"] = _hasFlags[1];
        }

        if (_hasFlags[0] > 0)
        {
            _totals[FacetNames.HasFlags]["false"] = _hasFlags[0];
        }

        return _totals.ToDictionary(
            pair => pair.Key,
            IReadOnlyList<FacetValue> (pair) => [.. pair.Value
                .OrderByDescending(v => v.Value)
                .ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetValue(v.Key, v.Value))],
            StringComparer.Ordinal);
    }

    private void FlushSegment()
    {
        var label = new BytesRef();
        for (var i = 0; i < _sortedValues.Length; i++)
        {
            var values = _sortedValues[i];
            if (values is null)
            {
                continue;
            }

            var totals = _totals[SortedFacets[i].Facet];
            var counts = _ordinalCounts[i];
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] > 0)
                {
                    values.LookupOrd(ordinal, label);
                    var key = label.Utf8ToString();
                    totals[key] = totals.GetValueOrDefault(key) + counts[ordinal];
                }
            }

            _sortedValues[i] = null;
        }
    }
}

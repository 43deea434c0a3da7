using System.Globalization;

namespace Archive.Samples.Generation;

/// <summary>The numbers of one report by metric key, before they are printed.</summary>
internal sealed class MetricPlan
{
    private readonly Dictionary<string, PlannedValue> _values = new(StringComparer.Ordinal);

    /// <summary>Where the 2019 采购总金额 prints its unit.</summary>
    public AmountStyle AmountStyle { get; set; }

    public PlannedValue this[string key] => _values[key];

    public bool Contains(string key) => _values.ContainsKey(key);

    public bool TryGet(string key, out PlannedValue value) => _values.TryGetValue(key, out value);

    public void SetCount(string key, long value, string unit) =>
        _values[key] = new PlannedValue(value, value.ToString(CultureInfo.InvariantCulture), unit);

    public void Set(string key, PlannedValue value) => _values[key] = value;

    public long Count(string key) => (long)_values[key].Value;
}

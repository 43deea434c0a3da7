using Archive.Core.Metrics;

namespace Archive.Core.Tests.Metrics;

public sealed class MetricIdentitiesTests
{
    public static TheoryData<string> IdentityIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in MetricIdentities.All.Select(i => i.Id).Distinct(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void All_CoversEveryIdentityOfSection9()
    {
        string[] expected =
        [
            "apply.balance", "apply.row_total", "apply.result_total", "review.total", "litigation.direct.total",
            "litigation.after_review.total", "legacy.apply.received_channels", "legacy.apply.closed_split",
            "legacy.apply.reply_kinds", "legacy.apply.denied_reasons", "legacy.review.total", "legacy.litigation.total",
            "legacy.org.staff_split", "legacy.active.normative_within", "legacy.response.press_heads_within",
            "legacy.response.interviews_heads_within",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), MetricIdentities.All.Select(i => i.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(IdentityIds))]
    public void Evaluate_ConsistentValues_Holds_AndBrokenValues_Violates(string id)
    {
        foreach (var identity in MetricIdentities.All.Where(i => i.Id == id))
        {
            // Right side terms 1, 2, 3…; the left side's first term carries whatever makes the sides equal.
            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var n = 1;
            foreach (var key in identity.RightTerms)
            {
                values[key] = n++;
            }

            var rightSum = identity.RightTerms.Sum(k => values[k]);
            foreach (var key in identity.LeftTerms.Skip(1))
            {
                values[key] = 1;
            }

            values[identity.LeftTerms[0]] = rightSum - identity.LeftTerms.Skip(1).Sum(k => values[k]);
            var passing = identity.Evaluate(values);
            Assert.NotNull(passing);
            Assert.True(passing.Holds, identity.Name);

            values[identity.LeftTerms[0]] += 1;
            var violating = identity.Evaluate(values);
            Assert.NotNull(violating);
            Assert.False(violating.Holds, identity.Name);
            Assert.StartsWith(identity.Name + ": ", violating.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_ApplyBalance_ReportsLeftVersusRight()
    {
        var identity = MetricIdentities.All.Single(i => i.Name == "apply.balance[natural]");
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["apply.new.natural"] = 2,
            ["apply.carried_in.natural"] = 1,
            ["apply.result.total.natural"] = 2,
            ["apply.carried_out.natural"] = 0,
        };
        var check = identity.Evaluate(values)!;
        Assert.False(check.Holds);
        Assert.Equal("apply.balance[natural]: 3 vs 2", check.Detail);
        values["apply.carried_out.natural"] = 1;
        Assert.True(identity.Evaluate(values)!.Holds);
    }

    [Fact]
    public void Evaluate_MissingTerm_NotEvaluated()
    {
        var identity = MetricIdentities.All.Single(i => i.Id == "legacy.org.staff_split");
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["legacy.org.staff"] = 5, ["legacy.org.staff_full_time"] = 2 };
        Assert.Null(identity.Evaluate(values));
    }

    [Fact]
    public void Evaluate_WithinIdentity_EqualIsFineAndLargerPartViolates()
    {
        var identity = MetricIdentities.All.Single(i => i.Id == "legacy.active.normative_within");
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["legacy.active.normative_docs"] = 7, ["legacy.active.total"] = 7 };
        Assert.True(identity.Evaluate(values)!.Holds);
        values["legacy.active.normative_docs"] = 8;
        Assert.False(identity.Evaluate(values)!.Holds);
    }

    [Fact]
    public void Evaluate_DecimalValues_UseTolerance()
    {
        var identity = new MetricIdentity("t", null, ["a"], IdentityRelation.Equal, ["b", "c"]);
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["a"] = 1.5m, ["b"] = 0.7m, ["c"] = 0.804m };
        Assert.True(identity.Evaluate(values)!.Holds);
        values["c"] = 0.9m;
        Assert.False(identity.Evaluate(values)!.Holds);
    }
}

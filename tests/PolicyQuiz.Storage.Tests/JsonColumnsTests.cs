using System.Text.Json;
using CsCheck;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage.Tests;

public sealed class JsonColumnsTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 0, 20];

    [Fact]
    public void Any_list_of_strings_round_trips_through_valid_json()
    {
        Text.List[0, 6].Sample(items =>
        {
            var json = JsonColumns.Strings(items);

            using var document = JsonDocument.Parse(json);
            Assert.Equal(items, document.RootElement.EnumerateArray().Select(e => e.GetString()!));
            Assert.Equal(items, JsonColumns.ReadStrings(json));
        });
    }

    [Fact]
    public void Any_list_of_match_pairs_round_trips()
    {
        Gen.Select(Text, Text, (l, r) => new MatchPair(l, r)).List[0, 5].Sample(pairs =>
            Assert.Equal(pairs, JsonColumns.ReadPairs(JsonColumns.Pairs(pairs))));
    }

    [Fact]
    public void Text_outside_ascii_is_stored_as_is_and_only_quotes_backslashes_and_controls_are_escaped()
    {
        Assert.Equal("""["«Да» 🚀","a\"b\\c\n\u0001"]""", JsonColumns.Strings(["«Да» 🚀", "a\"b\\c\n\u0001"]));
    }

    [Fact]
    public void A_question_hash_changes_with_any_field_and_not_without()
    {
        var question = SamplePacksForHash.Question;
        var same = question with { Answer = EquatableList.From<string>("Vladimir Putin") };
        var variants = new[]
        {
            question with { Prompt = "Other?" },
            question with { Answer = EquatableList.From<string>("Someone") },
            question with { Distractors = EquatableList.From("A", "B", "D") },
            question with { Accept = EquatableList.From<string>("Putin") },
            question with { Explanation = "Because." },
            question with { Evidence = "He said so." },
            question with { Tags = EquatableList.From<string>("x") },
            question with { ExtraJson = "{}" },
            question with { Kind = QuestionKind.What },
            // moving an item from one list to the next must not hash the same
            question with { Answer = EquatableList.From("Vladimir Putin", "A"), Distractors = EquatableList.From("B", "C") },
        };

        Assert.Equal(QuestionHash.Of(question), QuestionHash.Of(same));
        Assert.Equal(variants.Length + 1, variants.Select(QuestionHash.Of).Append(QuestionHash.Of(question)).Distinct().Count());
    }

    private static class SamplePacksForHash
    {
        public static Question Question { get; } = new()
        {
            Id = "q",
            Type = QuestionType.Choice,
            Kind = QuestionKind.Who,
            Prompt = "Who?",
            Answer = EquatableList.From<string>("Vladimir Putin"),
            Distractors = EquatableList.From("A", "B", "C"),
        };
    }
}

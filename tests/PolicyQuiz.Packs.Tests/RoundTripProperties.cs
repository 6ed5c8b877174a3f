using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Writing;

namespace PolicyQuiz.Packs.Tests;

/// <summary>Generated valid packs, full of awkward text, survive YAML and JSON round trips unchanged.</summary>
public sealed class RoundTripProperties
{
    private static readonly Gen<char> Character = Gen.Frequency(
        (8, Gen.Char['a', 'z']),
        (2, Gen.Char['0', '9']),
        (3, Gen.OneOfConst(' ', ' ', ':', '#', '-', '"', '\'', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '?', '\\', '.', '~')),
        (1, Gen.OneOfConst('\n', '\t', '\r', '\u0001', '\u007f', '\u0085', '\u2028', 'é', 'ж', '中', '\u00a0', '\uFEFF', '–')));

    private static readonly Gen<string> Text = Gen.Frequency(
        (8, Gen.String[Character, 1, 24]),
        (1, Gen.OneOfConst("true", "False", "null", "~", "123", "-1.5e3", "0x1F", ".inf", "2025-03-24", "- x", "? y", "a: b", "#c", "😀 emoji", "y", "no")))
        .Where(text => !string.IsNullOrWhiteSpace(text));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const<string?>((string?)null)), (2, Text.Select(t => (string?)t)));

    private static readonly Gen<string?> Extra = Gen.Frequency(
        (2, Gen.Const<string?>((string?)null)),
        (1, Gen.Select(Text, Text, Gen.Int[-1000, 1000], Gen.Double[-1e6, 1e6], Gen.Bool, ExtraJson)));

    private static readonly Gen<Question> AnyQuestion = Gen.Select(
        Gen.Int[0, 6],
        Gen.Enum<QuestionKind>(),
        Text.Array[12],
        OptionalText.Array[3],
        Gen.Int[0, 3],
        Extra,
        MakeQuestion);

    private static readonly Gen<Pack> AnyPack = Gen.Select(
        Text,
        Gen.Int[1, 100_000],
        OptionalText,
        Text.Array[0, 3],
        Gen.Select(Text, OptionalText, Gen.Date, Extra).Array[0, 3],
        AnyQuestion.Array[1, 8],
        Extra,
        MakePack);

    [Fact]
    public void Generated_packs_survive_yaml()
    {
        AnyPack.Sample(pack => Assert.Equal(pack, RoundTripTests.ReadOk(PackWriter.ToYaml(pack), PackFormat.Yaml)), iter: 500);
    }

    [Fact]
    public void Generated_packs_survive_json()
    {
        AnyPack.Sample(pack => Assert.Equal(pack, RoundTripTests.ReadOk(PackWriter.ToJson(pack), PackFormat.Json)), iter: 500);
    }

    [Fact]
    public void Generated_packs_json_has_the_general_writers_bytes()
    {
        AnyPack.Sample(pack => Assert.Equal(JsonPackWriter.Write(pack, direct: false), PackWriter.ToJson(pack)), iter: 500);
    }

    [Fact]
    public void Yaml_written_from_json_is_the_yaml_written_directly()
    {
        AnyPack.Sample(
            pack => Assert.Equal(PackWriter.ToYaml(pack), PackWriter.ToYaml(RoundTripTests.ReadOk(PackWriter.ToJson(pack), PackFormat.Json))),
            iter: 200);
    }

    private static Question MakeQuestion(int typeIndex, QuestionKind kind, string[] t, string?[] optional, int choice, string? extra)
    {
        var type = (QuestionType)typeIndex;
        var question = new Question
        {
            Id = $"q-{typeIndex}",
            Type = type,
            Kind = kind,
            Prompt = t[0],
            Explanation = optional[0],
            Evidence = optional[1],
            Tags = choice == 0 ? EquatableList<string>.Empty : Texts.Of([.. t.Take(choice)]),
            ExtraJson = extra,
        };
        string[] Distinct(string suffix, int count) => [.. Enumerable.Range(0, count).Select(i => $"{t[1 + i]} {suffix}{i}")];
        return type switch
        {
            QuestionType.Choice => question with { Answer = Texts.Of(t[5]), Accept = Texts.Of(Distinct("a", choice)), Distractors = Texts.Of(Distinct("d", 3 + choice)) },
            QuestionType.Multi => question with { Answer = Texts.Of(Distinct("a", 1 + choice)), Distractors = Texts.Of(Distinct("d", 3)) },
            QuestionType.TrueFalse => question with { Answer = Texts.Of(choice % 2 == 0 ? "true" : "false") },
            QuestionType.Short => question with { Answer = Texts.Of(t[5]), Accept = Texts.Of(Distinct("a", choice)), Distractors = Texts.Of(Distinct("d", choice)) },
            QuestionType.Cloze => question with { Prompt = $"{t[0]} ____ {t[6]}", Answer = Texts.Of(t[5]), Accept = Texts.Of(Distinct("a", choice)) },
            QuestionType.Order => question with { Answer = Texts.Of(Distinct("o", 2 + choice)) },
            _ => question with
            {
                Pairs = new EquatableList<MatchPair>(Enumerable.Range(0, 2 + choice).Select(i => new MatchPair($"{t[1 + i]} L{i}", $"{t[6 + i]} R{i}"))),
            },
        };
    }

    private static Pack MakePack(string title, int version, string? description, string[] tags, (string Title, string? Publisher, DateTime Date, string? Extra)[] sources, Question[] questions, string? extra)
    {
        var sourceList = sources.Select((s, i) => new Source($"source-{i}", s.Title, s.Publisher, DateOnly.FromDateTime(s.Date), s.Publisher is null ? null : "https://example.org/" + i, s.Extra)).ToList();
        return new Pack
        {
            Id = "generated",
            Title = title,
            Version = version,
            Language = version % 3 == 0 ? "fr-CA" : "en",
            Description = description,
            Tags = Texts.Of(tags),
            ExtraJson = extra,
            Sources = new EquatableList<Source>(sourceList),
            Questions = new EquatableList<Question>(questions.Select((q, i) => q with
            {
                Id = $"{q.Id}-{i}",
                Source = sourceList.Count == 0 ? null : sourceList[i % sourceList.Count].Id,
            })),
        };
    }

    /// <summary>JSON as the reader stores it: compact, relaxed escaping, numbers as written.</summary>
    private static string? ExtraJson(string key, string text, int number, double real, bool flag)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString(key, text);
            writer.WriteNumber(key + "-n", number);
            writer.WriteNumber(key + "-r", real);
            writer.WriteBoolean("flag", flag);
            writer.WriteNull("nothing");
            writer.WriteStartArray("list");
            writer.WriteStringValue(text);
            writer.WriteStringValue("123");
            writer.WriteStartObject();
            writer.WriteEndObject();
            writer.WriteStartArray();
            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

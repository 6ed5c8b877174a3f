namespace PolicyQuiz.Packs.Tests;

/// <summary>
/// The malformed-pack corpus: one small file per rule in Corpus/, each with every diagnostic it must give,
/// as "LINE:COLUMN message fragment", in file order.
/// </summary>
public sealed class CorpusTests
{
    public static readonly TheoryData<string, string[]> Expectations = new()
    {
        { "empty.yaml", ["1:1 the file is empty"] },
        { "top-level-list.yaml", ["1:1 a pack must be a mapping of keys"] },
        { "missing-pack-keys.yaml", ["1:1 the pack is missing the key 'title'", "1:1 the pack is missing the key 'version'", "1:1 the pack is missing the key 'questions'"] },
        { "missing-question-keys.yaml", ["5:5 question 'q1' is missing the key 'kind'", "5:5 question 'q1' is missing the key 'answer'"] },
        { "unknown-question-key.yaml", ["8:5 unknown key 'promt' in question 'q1'; did you mean 'prompt'?"] },
        { "unknown-pack-key.yaml", ["4:1 unknown key 'author' in the pack; the keys are pack, title, version"] },
        { "duplicate-key.yaml", ["10:5 duplicate key 'answer' (first at line 9)"] },
        { "pack-id-not-slug.yaml", ["1:7 the pack id 'US Russia' is not a slug"] },
        { "question-id-not-slug.yaml", ["5:9 the question id 'Q_1' is not a slug"] },
        { "source-id-not-slug.yaml", ["5:9 the source id 'Izvestia Interview' is not a slug"] },
        { "duplicate-question-id.yaml", ["10:9 the question id 'q1' is used twice (first at line 5)"] },
        { "duplicate-source-id.yaml", ["7:9 the source id 'izvestia' is used twice (first at line 5)"] },
        { "version-text.yaml", ["3:10 the version must be a positive whole number"] },
        { "version-zero.yaml", ["3:10 the version must be a positive whole number, like 3 (unquoted), not '0'"] },
        { "version-fraction.yaml", ["3:10 the version must be a positive whole number, like 3 (unquoted), not '1.5'"] },
        { "unknown-type.yaml", ["6:11 unknown question type 'choise'; use one of choice, multi, truefalse, short, cloze, order, match (did you mean 'choice'?)"] },
        { "unknown-kind.yaml", ["7:11 unknown question kind 'whom'; use one of who, where, when, what, why, how"] },
        { "choice-two-distractors.yaml", ["10:18 a choice question needs at least 3 distractors (wrong options); it has 2"] },
        { "multi-no-distractors.yaml", ["5:5 a multi question needs at least 3 distractors (wrong options); it has none"] },
        { "distractor-is-answer.yaml", ["10:33 the distractor ' vladimir PUTIN ' is also an answer"] },
        { "distractor-is-accepted.yaml", ["11:44 the distractor 'putin' is also an answer"] },
        { "duplicate-distractor.yaml", ["13:9 the distractor 'trump' is listed twice"] },
        { "choice-answer-list.yaml", ["9:13 a choice question has one answer, not a list; for several correct answers use type: multi"] },
        { "multi-answer-text.yaml", ["9:13 a multi answer is a list of the correct options, not text"] },
        { "multi-answer-empty.yaml", ["9:13 a multi answer needs at least 1 item; it has 0"] },
        { "multi-answer-repeated.yaml", ["9:34 'roscosmos' appears twice in the answer"] },
        { "cloze-no-gap.yaml", ["8:13 a cloze prompt marks its gap with ____ (four or more underscores); this one has none"] },
        { "cloze-two-gaps.yaml", ["8:13 a cloze prompt has exactly one gap (____); this one has 2"] },
        { "truefalse-maybe.yaml", ["9:13 a truefalse answer is true or false, not 'maybe'"] },
        { "order-one-item.yaml", ["9:13 an order answer needs at least 2 items; it has 1"] },
        { "order-repeated-item.yaml", ["12:9 'Putin proposes cooperation' appears twice in the answer"] },
        { "match-one-pair.yaml", ["10:7 a match answer needs at least 2 pairs; it has 1"] },
        { "match-repeated-left.yaml", ["12:9 the left side 'kirill dmitriev' appears in two pairs"] },
        { "match-repeated-right.yaml", ["12:26 the right side 'SpaceX' appears in two pairs"] },
        { "match-not-pairs.yaml", ["10:9 a match pair must be a mapping with exactly one key", "12:9 a match pair must be a mapping with exactly one key"] },
        { "unknown-source.yaml", ["13:13 the source 'izvestiya' is not among the pack's sources (the pack's sources are izvestia)"] },
        { "impossible-date.yaml", ["7:16 the published date '2025-02-30' is not a real date written YYYY-MM-DD"] },
        { "date-not-iso.yaml", ["7:16 the published date '24/03/2025' is not a real date written YYYY-MM-DD"] },
        { "accept-not-list.yaml", ["10:13 accept must be a list, like accept: [Putin], not text"] },
        { "accept-on-order.yaml", ["10:13 accept is only for answers typed in (choice, short and cloze questions), not for an order question"] },
        { "distractors-on-truefalse.yaml", ["10:18 a truefalse question has no distractors; remove them"] },
        { "empty-prompt.yaml", ["8:13 the prompt is empty"] },
        { "empty-explanation.yaml", ["10:17 the explanation is empty"] },
        { "empty-tag.yaml", ["10:20 an item of tags is empty"] },
        { "prompt-is-list.yaml", ["8:13 the prompt must be text, not a list"] },
        { "anchor.yaml", ["8:13 YAML anchors (&who) are not allowed in packs"] },
        { "alias.yaml", ["9:13 YAML aliases (*name) are not allowed in packs"] },
        { "billion-laughs.yaml", ["1:4 YAML anchors (&a) are not allowed in packs"] },
        { "two-documents.yaml", ["10:1 a pack file holds one YAML document"] },
        { "yaml-syntax.yaml", ["2:8 invalid YAML"] },
        { "yaml-bad-indent.yaml", ["3:10 invalid YAML"] },
        { "yaml-tag.yaml", ["8:13 YAML tags (!question) are not used in packs; remove the tag"] },
        { "questions-not-list.yaml", ["4:12 questions must be a list of questions"] },
        { "no-questions.yaml", ["4:12 a pack needs at least one question"] },
        { "question-not-mapping.yaml", ["5:5 a question must be a mapping of keys"] },
        { "sources-not-list.yaml", ["4:10 sources must be a list of sources"] },
        { "source-without-title.yaml", ["5:5 source 'izvestia' is missing the key 'title'"] },
        { "key-not-text.yaml", ["4:3 a key must be plain text, not a list"] },
        { "language-not-code.yaml", ["4:11 the language 'English' is not a language code like en or en-GB"] },
        { "json-trailing-comma.json", ["5:1 invalid JSON"] },
        { "json-duplicate-key.json", ["6:88 duplicate key 'prompt' (first at line 6)"] },
        { "json-missing-keys.json", ["1:1 the pack is missing the key 'title'", "5:5 question 'q1' is missing the key 'kind'"] },
        { "json-version-string.json", ["4:14 the version must be a positive whole number, like 3 (unquoted), not '1'"] },
        { "json-truefalse-number.json", ["6:92 a truefalse answer is true or false, not '1'"] },
        { "not-utf8.yaml", ["9:15 the file is not valid UTF-8 (byte 0xE9 at offset"] },
        { "utf16.yaml", ["1:1 the file is UTF-16"] },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_malformed_pack_gives_exactly_its_diagnostics(string file, string[] expected)
    {
        var path = TestFiles.Corpus(file);
        var result = PackReader.ReadFile(path);

        Assert.Null(result.Pack);
        Assert.False(result.Ok);
        var actual = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.True(
            actual.Count == expected.Length,
            $"expected {expected.Length} diagnostics, got {actual.Count}:\n{string.Join("\n", actual)}");
        for (var i = 0; i < expected.Length; i++)
        {
            var space = expected[i].IndexOf(' ', StringComparison.Ordinal);
            var position = expected[i][..space];
            var fragment = expected[i][(space + 1)..];
            var prefix = $"{path}:{position}: ";
            Assert.True(
                actual[i].StartsWith(prefix, StringComparison.Ordinal) && actual[i].Contains(fragment, StringComparison.Ordinal),
                $"expected '{prefix}...{fragment}...', got '{actual[i]}'");
        }
    }

    [Fact]
    public void Every_corpus_file_has_its_expectations_and_every_expectation_its_file()
    {
        var files = Directory.EnumerateFiles(TestFiles.Corpus(string.Empty)).Select(f => Path.GetFileName(f)!).Order().ToList();
        var listed = Expectations.Select(row => (string)row[0]).Order().ToList();

        Assert.Equal(files, listed);
    }
}

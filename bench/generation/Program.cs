using System.Diagnostics;
using PolicyQuiz.Bench.Generation;
using PolicyQuiz.Generation;
using PolicyQuiz.Generation.Reading;

// bench/generation: two modes.
//   packs ARTICLES_DIR OUT_DIR [--debug]   one NAME.json per NAME.md, for shared/eval/score.py
//   speed ARTICLES_DIR [MILLION_WORDS]     the articles replicated to a large set; words per second on one core
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: packs ARTICLES_DIR OUT_DIR [--debug] | speed ARTICLES_DIR [MILLION_WORDS]");
    return 2;
}

var loader = new ArticleLoader();
var files = Directory.GetFiles(args[1], "*.md").Order(StringComparer.Ordinal).ToArray();
var articles = new List<Article>();
foreach (var file in files)
{
    var result = loader.Load(file);
    if (!result.Ok)
    {
        Console.Error.WriteLine(result.Describe());
        continue;
    }

    articles.AddRange(result.Articles);
}

var generator = new QuestionGenerator { PerFiveHundredWords = args.Contains("--all") ? 100_000 : 40 };
if (args[0] == "packs")
{
    Directory.CreateDirectory(args[2]);
    var debug = args.Contains("--debug");
    foreach (var article in articles)
    {
        var pack = generator.Generate([article]);
        PackJson.Write(pack, Path.Combine(args[2], Path.GetFileNameWithoutExtension(article.SourceFile) + ".json"));
        if (debug)
        {
            var doc = Analyzer.Analyze(article);
            Console.WriteLine($"== {article.SourceId}");
            foreach (var m in doc.Mentions)
            {
                Console.WriteLine($"   m {m}");
            }

            foreach (var c in QuestionGenerator.Draft(doc).Take(40))
            {
                Console.WriteLine($"   {c}");
            }
        }
    }

    return 0;
}

if (args[0] == "candidates")
{
    // every ordered candidate of each article with its rule and score, for ranking analysis
    Directory.CreateDirectory(args[2]);
    foreach (var article in articles)
    {
        var doc = Analyzer.Analyze(article);
        var list = QuestionGenerator.Draft(doc, withFeatures: true);
        using var stream = File.Create(Path.Combine(args[2], Path.GetFileNameWithoutExtension(article.SourceFile) + ".json"));
        using var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("questions");
        foreach (var c in list)
        {
            json.WriteStartObject();
            json.WriteString("prompt", c.Prompt);
            json.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            json.WriteString("type", c.Type.ToString().ToLowerInvariant());
            json.WriteString("rule", c.Rule);
            json.WriteString("answerType", c.AnswerType.ToString());
            json.WriteNumber("score", Math.Round(c.Score, 3));
            json.WriteNumber("sentence", c.Sentence);
            json.WriteStartArray("answer");
            foreach (var a in c.Answer)
            {
                json.WriteStringValue(a);
            }

            json.WriteEndArray();
            json.WriteStartArray("accept");
            foreach (var a in c.Accept)
            {
                json.WriteStringValue(a);
            }

            json.WriteEndArray();
            json.WriteString("evidence", doc.Evidence(c.Sentence));
            json.WriteStartObject("features");
            var features = c.Features;
            for (var f = 0; f < features.Length; f++)
            {
                if (features[f] != 0)
                {
                    json.WriteNumber(RankFeatures.Names[f], features[f]);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    return 0;
}

if (args[0] == "speed")
{
    var targetWords = (long)((args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5) * 1_000_000);
    var bodies = articles.Select(a => (a, Words: CountWords(a.Body))).ToArray();
    var perRound = bodies.Sum(b => b.Words);

    // warm up once, then the timed run over the replicated set
    foreach (var (a, _) in bodies)
    {
        generator.Generate([a]);
    }

    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var collectionsBefore = GC.CollectionCount(0);
    var clock = Stopwatch.StartNew();
    long words = 0;
    long questions = 0;
    var round = 0;
    while (words < targetWords)
    {
        foreach (var (a, w) in bodies)
        {
            // a fresh copy of the text each time, as if read from a new file
            var copy = a with { Body = new string(a.Body.AsSpan()), SourceFile = $"{a.SourceFile}.{round}" };
            questions += generator.Generate([copy]).Questions.Count;
            words += w;
        }

        round++;
    }

    clock.Stop();
    process.Refresh();
    var cpu = process.TotalProcessorTime - cpuBefore;
    Console.WriteLine($"articles: {round * bodies.Length} ({round} rounds of {bodies.Length}), words: {words:N0}, questions: {questions:N0}");
    Console.WriteLine($"wall: {clock.Elapsed.TotalSeconds:F2} s, cpu: {cpu.TotalSeconds:F2} s");
    Console.WriteLine($"words/s (wall): {words / clock.Elapsed.TotalSeconds:N0}");
    Console.WriteLine($"words/s (cpu):  {words / cpu.TotalSeconds:N0}");
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    Console.WriteLine($"allocated: {allocated / 1e6:N0} MB ({allocated / (double)words:N0} bytes per word), gen0 collections: {GC.CollectionCount(0) - collectionsBefore:N0}");
    return 0;
}

if (args[0] == "steps")
{
    var times = new double[8];
    string[] names = ["normalize", "tokenize", "split", "time", "amount", "names", "coref", "roles"];
    for (var round = 0; round < 60; round++)
    {
        foreach (var a in articles)
        {
            var sw = Stopwatch.StartNew();
            var text = PolicyQuiz.Generation.Text.TextNormalizer.Normalize(a.Body);
            times[0] += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var tokens = PolicyQuiz.Generation.Text.Tokenizer.Tokenize(text.Text);
            times[1] += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var sentences = PolicyQuiz.Generation.Text.SentenceSplitter.Split(text.Text, tokens);
            times[2] += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var doc = new Document(a, text, tokens, sentences);
            var used = new bool[tokens.Count];
            var seen = Analyzer.CapitalisedMidSentence(tokens, sentences);
            for (var s2 = 0; s2 < sentences.Count; s2++)
            {
                sw.Restart();
                TimeFinder.Find(doc, s2, used);
                times[3] += sw.Elapsed.TotalMilliseconds; sw.Restart();
                AmountFinder.Find(doc, s2, used);
                times[4] += sw.Elapsed.TotalMilliseconds; sw.Restart();
                NameFinder.Find(doc, s2, used, seen);
                times[5] += sw.Elapsed.TotalMilliseconds;
            }

            sw.Restart();
            doc.SortMentions();
            Coreference.Resolve(doc);
            times[6] += sw.Elapsed.TotalMilliseconds; sw.Restart();
            Roles.Find(doc);
            times[7] += sw.Elapsed.TotalMilliseconds;
        }
    }

    for (var i = 0; i < names.Length; i++)
    {
        Console.WriteLine($"{names[i]}: {times[i]:F0} ms");
    }

    return 0;
}

if (args[0] == "stages")
{
    // where the time goes: analysis alone, analysis + drafting, the whole generation
    foreach (var stage in new[] { "analyze", "draft", "generate" })
    {
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        long words = 0;
        for (var round = 0; round < 40; round++)
        {
            foreach (var a in articles)
            {
                switch (stage)
                {
                    case "analyze":
                        Analyzer.Analyze(a);
                        break;
                    case "draft":
                        QuestionGenerator.Draft(Analyzer.Analyze(a));
                        break;
                    default:
                        generator.Generate([a]);
                        break;
                }

                words += CountWords(a.Body);
            }
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        Console.WriteLine($"{stage}: {words / cpu.TotalSeconds:N0} words/s (cpu)");
    }

    return 0;
}

Console.Error.WriteLine($"unknown mode {args[0]}");
return 2;

static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

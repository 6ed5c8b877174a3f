using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Generation;
using PolicyQuiz.Generation.Reading;
using PolicyQuiz.Generation.Reading.Feeds;
using PolicyQuiz.Generation.Reading.Html;
using PolicyQuiz.Generation.Review;
using PolicyQuiz.Packs;

namespace PolicyQuiz.Cli;

/// <summary>
/// `policyquiz generate INPUT... -o PACK.yaml|PACK.json [--pack ID] [--title T] [--review]`: draft questions
/// from news articles (Markdown/text with front matter, HTML pages, RSS/Atom feeds, or folders of them),
/// best first, into one pack. A bad input is reported with its name and the others are still read;
/// the exit status is 2 if any input failed. The bank (if its file exists; else the bundled packs) only
/// lends names for distractors: it is read, never created.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Articles: .md/.txt with optional front matter, .html pages, RSS/Atom feeds, or folders", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The pack to write: PACK.yaml or PACK.json", Required = true };
        var packId = new Option<string?>("--pack") { Description = "Pack id (default: the first input's name)" };
        var title = new Option<string?>("--title") { Description = "Pack title (default: the first article's title)" };
        var review = new Option<bool>("--review") { Description = "Accept, edit or reject each draft before the pack is written" };
        var command = new Command("generate", "Draft quiz questions from news articles into a pack");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(packId);
        command.Options.Add(title);
        command.Options.Add(review);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(GlobalOptions.Db),
            parseResult.GetValue(inputs)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(packId),
            parseResult.GetValue(title),
            parseResult.GetValue(review)));
        return command;
    }

    private static int Run(string? db, string[] inputs, string output, string? packId, string? title, bool review)
    {
        if (!PackFiles.TryGetFormat(output, out _))
        {
            Console.Error.WriteLine($"policyquiz generate: {TerminalText.Sanitize(output)}: a pack file ends in .yaml, .yml or .json");
            return ExitCodes.BadInput;
        }

        if (packId is not null && !Slug.IsValid(packId))
        {
            Console.Error.WriteLine($"policyquiz generate: --pack '{TerminalText.Sanitize(packId)}' is not an id (lowercase letters, digits and hyphens)");
            return ExitCodes.BadInput;
        }

        var loader = new ArticleLoader([new RssFeedReader(), new AtomFeedReader(), new HtmlArticleReader(), new MarkdownArticleReader()]);
        var files = loader.Expand(inputs);
        var progress = GenerateProgress.ForConsole();
        progress.Start(files.Count);
        // each article is read twice: now for the pack's sources (its body is let go), and again when its questions are
        // drafted, so only one article's text is held at a time however many there are
        var articles = new List<Article>();
        var readFrom = new List<(string File, int Index)>();
        var failed = false;
        foreach (var file in files)
        {
            var result = loader.Load(file);
            if (!result.Ok)
            {
                failed = true;
                progress.Report($"policyquiz generate: {result.Describe()}");
                progress.Advance(file);
                continue;
            }

            for (var i = 0; i < result.Articles.Count; i++)
            {
                articles.Add(review ? result.Articles[i] : result.Articles[i] with { Body = string.Empty });
                readFrom.Add((file, i));
            }

            progress.Advance(file, result.Articles.Count);
        }

        progress.Finish();
        if (articles.Count == 0)
        {
            Console.Error.WriteLine("policyquiz generate: no article could be read; nothing written");
            return ExitCodes.BadInput;
        }

        var defaultId = packId ?? Slug.From(Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(inputs[0])));
        var pool = GenerateDistractorPool.From(db, TimeProvider.System, Console.Error);
        var generator = new QuestionGenerator { Pool = pool };
        Pack pack;
        IEnumerable<Question> questions;
        var written = 0;
        if (review)
        {
            pack = new DraftReview(Console.In, Console.Out).Review(generator.Generate(articles, defaultId, title));
            questions = pack.Questions;
        }
        else
        {
            // drafted article by article while the pack is written: the questions of all the articles are never held at once
            var again = new ArticleRereader(loader, articles, readFrom, message =>
            {
                failed = true;
                Console.Error.WriteLine($"policyquiz generate: {message}");
            });
            (pack, var drafted) = generator.Stream(articles, again.Article, defaultId, title);
            questions = Counted(drafted, () => written++);
        }

        try
        {
            PackWriter.WriteFile(pack, questions, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"policyquiz generate: {TerminalText.Sanitize(output)}: {TerminalText.Sanitize(e.Message)}");
            return ExitCodes.Failure;
        }

        if (review)
        {
            written = pack.Questions.Count;
        }

        Console.WriteLine($"wrote {written} question{(written == 1 ? string.Empty : "s")} from {articles.Count} article{(articles.Count == 1 ? string.Empty : "s")} to {TerminalText.Sanitize(output)}");
        return failed ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static IEnumerable<Question> Counted(IEnumerable<Question> questions, Action count)
    {
        foreach (var question in questions)
        {
            count();
            yield return question;
        }
    }
}

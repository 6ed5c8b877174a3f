using System.Runtime.CompilerServices;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>
/// Replays a review log through the scheduler: reads <c>card_id,review_time,rating</c> rows (times ISO-8601 UTC,
/// ratings 1-4, in time order, cards interleaved; each card starts New at its first review) and produces
/// <c>card_id,review_time,rating,state,stability,difficulty,due</c> rows in the same order, with the state after
/// the review, stability and difficulty with 6 decimals and due as <c>YYYY-MM-DDTHH:MM:SS.mmmZ</c>.
/// card_id and review_time are echoed exactly as written. Blank lines are skipped. The first bad row stops the
/// replay with its line number, and then there is no output at all.
/// </summary>
public sealed class ReviewReplay(FsrsScheduler scheduler)
{
    public const string InputHeader = "card_id,review_time,rating";
    public const string OutputHeader = "card_id,review_time,rating,state,stability,difficulty,due";

    private const int MaximumQuotedText = 60;

    private static readonly byte[][] StateNames = ["New"u8.ToArray(), "Learning"u8.ToArray(), "Review"u8.ToArray(), "Relearning"u8.ToArray()];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReplayResult Run(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lines = new LineReader(input);
        if (!lines.TryRead(out var header))
        {
            return Fail(1, $"the file is empty; expected the header '{InputHeader}'");
        }

        if (header.Length > 0 && header[0] == '\uFEFF')
        {
            header = header[1..];
        }

        if (!header.SequenceEqual(InputHeader))
        {
            return Fail(1, $"expected the header '{InputHeader}', found '{Quote(header)}'");
        }

        var output = new Utf8OutputBuffer();
        output.Append(OutputHeader);
        output.Append((byte)'\n');
        var cards = new CardTable();
        var reviews = 0;
        while (lines.TryRead(out var line))
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var number = lines.LineNumber;
            ReplayError? error;
            if (line.Contains('"'))
            {
                if (!QuotedFields.TrySplit(line, out var fields, out var problem))
                {
                    return Fail(number, problem);
                }

                if (fields.Count != 3)
                {
                    return Fail(number, FieldCountMessage(fields.Count));
                }

                // quoted fields: echo the text as written, read the unquoted values
                error = ReplayRow(number, new RowText(fields[0].Raw, fields[0].Value, fields[1].Raw, fields[1].Value, fields[2].Value), cards, output);
            }
            else
            {
                var first = line.IndexOf(',');
                var second = first < 0 ? -1 : line[(first + 1)..].IndexOf(',');
                if (second < 0 || line[(first + second + 2)..].Contains(','))
                {
                    return Fail(number, FieldCountMessage(line.Count(',') + 1));
                }

                var cardId = line[..first];
                var time = line.Slice(first + 1, second);
                error = ReplayRow(number, new RowText(cardId, cardId, time, time, line[(first + second + 2)..]), cards, output);
            }

            if (error is not null)
            {
                return ReplayResult.Failure(error);
            }

            reviews++;
        }

        return ReplayResult.Success(output, reviews);
    }

    /// <summary>Replays one row into <paramref name="output"/>; the problem with it when it is bad.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReplayError? ReplayRow(int number, RowText row, CardTable cards, Utf8OutputBuffer output)
    {
        if (row.CardId.IsEmpty)
        {
            return new ReplayError(number, "card_id is empty");
        }

        if (!IsoUtcTime.TryParse(row.TimeValue, out var time))
        {
            return new ReplayError(number, $"review_time '{Quote(row.TimeValue)}' is not an ISO-8601 UTC time like 2025-03-24T10:15:00Z");
        }

        if (row.RatingValue.Length != 1 || row.RatingValue[0] is < '1' or > '4')
        {
            return new ReplayError(number, $"rating '{Quote(row.RatingValue)}' is not 1-4 (1 Again, 2 Hard, 3 Good, 4 Easy)");
        }

        ref var entry = ref cards.GetOrAdd(row.CardId, out var seen);
        if (seen && time < entry.Card.LastReviewTicks)
        {
            return new ReplayError(
                number,
                $"review_time {Quote(row.TimeValue)} is earlier than the review of card '{Quote(row.CardId)}' on line {entry.Line}; rows must be in time order");
        }

        if (!seen)
        {
            entry.Card = CardMemory.New(time);
        }

        var rating = (Rating)(row.RatingValue[0] - '0');
        entry.Card = scheduler.Next(in entry.Card, time, rating);
        entry.Line = number;
        WriteRow(output, row.CardText, row.TimeText, rating, in entry.Card);
        return null;
    }

    private static void WriteRow(Utf8OutputBuffer output, ReadOnlySpan<char> cardText, ReadOnlySpan<char> timeText, Rating rating, in CardMemory card)
    {
        output.Append(cardText);
        output.Append((byte)',');
        output.Append(timeText);
        var tail = output.Reserve(128);
        tail[0] = (byte)',';
        tail[1] = (byte)('0' + (int)rating);
        tail[2] = (byte)',';
        var at = 3;
        var state = StateNames[(int)card.State];
        state.CopyTo(tail[at..]);
        at += state.Length;
        tail[at++] = (byte)',';
        at += SixDecimals.Format(card.Stability, tail[at..]);
        tail[at++] = (byte)',';
        at += SixDecimals.Format(card.Difficulty, tail[at..]);
        tail[at++] = (byte)',';
        at += IsoUtcTime.Format(card.DueTicks, tail[at..]);
        tail[at++] = (byte)'\n';
        output.Advance(at);
    }

    private static string FieldCountMessage(int found) =>
        $"expected 3 fields (card_id,review_time,rating), found {found}";

    /// <summary>One row's fields: the card and time as written (echoed) and as values (read).</summary>
    private readonly ref struct RowText(ReadOnlySpan<char> cardText, ReadOnlySpan<char> cardId, ReadOnlySpan<char> timeText, ReadOnlySpan<char> timeValue, ReadOnlySpan<char> ratingValue)
    {
        public ReadOnlySpan<char> CardText { get; } = cardText;

        public ReadOnlySpan<char> CardId { get; } = cardId;

        public ReadOnlySpan<char> TimeText { get; } = timeText;

        public ReadOnlySpan<char> TimeValue { get; } = timeValue;

        public ReadOnlySpan<char> RatingValue { get; } = ratingValue;
    }

    private static ReplayResult Fail(int line, string message) => ReplayResult.Failure(new ReplayError(line, message));

    private static string Quote(ReadOnlySpan<char> text)
    {
        var shown = text.Length > MaximumQuotedText ? string.Concat(text[..MaximumQuotedText], "...") : text.ToString();
        return TerminalText.Sanitize(shown);
    }
}

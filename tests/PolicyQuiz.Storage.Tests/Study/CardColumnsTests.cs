using CsCheck;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Tests.Study;

public sealed class CardColumnsTests
{
    [Fact]
    public void The_fast_time_reader_reads_what_BankTime_writes_exactly_as_BankTime_reads_it()
    {
        Gen.Long[0, 253_402_300_799_999L].Sample(ms =>
        {
            var text = BankTime.Format(DateTimeOffset.FromUnixTimeMilliseconds(ms));
            Assert.Equal(BankTime.Parse(text), CardColumns.ParseTime(text));
        });
    }

    [Fact]
    public void Times_in_another_form_fall_back_to_BankTime() =>
        Assert.Throws<FormatException>(() => CardColumns.ParseTime("2025-02-30T10:00:00.000Z"));
}

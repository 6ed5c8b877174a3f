using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Tests.Model;

public sealed class EquatableListTests
{
    [Fact]
    public void A_wrapped_array_is_equal_to_a_list_copied_from_the_same_items()
    {
        var wrapped = EquatableList<string>.Wrap(["Riyadh", "Geneva"]);

        Assert.Equal(EquatableList.From("Riyadh", "Geneva"), wrapped);
        Assert.Equal(EquatableList.From("Riyadh", "Geneva").GetHashCode(), wrapped.GetHashCode());
        Assert.Equal(["Riyadh", "Geneva"], wrapped);
    }

    [Fact]
    public void Lists_with_other_items_or_another_order_are_not_equal()
    {
        Assert.NotEqual(EquatableList.From("Riyadh", "Geneva"), EquatableList<string>.Wrap(["Geneva", "Riyadh"]));
        Assert.NotEqual(EquatableList.From<string>("Riyadh"), EquatableList<string>.Wrap(["Riyadh", "Geneva"]));
    }

    [Fact]
    public void Wrapping_no_array_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => EquatableList<string>.Wrap(null!));
    }
}

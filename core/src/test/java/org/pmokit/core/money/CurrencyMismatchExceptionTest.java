package org.pmokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CurrencyMismatchExceptionTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void message_namesBothCurrencies_leftOperandFirst() {
        assertThat(new CurrencyMismatchException(CNY, USD)).hasMessage("currency mismatch: CNY and USD");
        assertThat(new CurrencyMismatchException(USD, CNY)).hasMessage("currency mismatch: USD and CNY");
    }

    @Test
    void keepsBothCurrencies_inOperandOrder() {
        CurrencyMismatchException e = new CurrencyMismatchException(CNY, USD);

        assertThat(e.first()).isEqualTo(CNY);
        assertThat(e.second()).isEqualTo(USD);
    }

    @Test
    void isAnIllegalArgumentException_soCallersCanCatchBadArgumentsInOnePlace() {
        assertThat(new CurrencyMismatchException(CNY, USD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isWhatMoneyThrows_withTheOperandCurrencies() {
        Money yuan = Money.of(CNY, 1);
        Money dollar = Money.of(USD, 1);

        assertThatThrownBy(() -> dollar.plus(yuan))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.first()).isEqualTo(USD);
                    assertThat(e.second()).isEqualTo(CNY);
                });
    }

    @Test
    void survivesSerialization_withItsMessageAndCurrencies() throws IOException, ClassNotFoundException {
        CurrencyMismatchException original = new CurrencyMismatchException(CNY, USD);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
            assertThat(e).hasMessage("currency mismatch: CNY and USD");
            assertThat(e.first()).isSameAs(CNY);
            assertThat(e.second()).isSameAs(USD);
        });
    }

    @Test
    void rejectsANullCurrency() {
        assertThatThrownBy(() -> new CurrencyMismatchException(null, USD)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CurrencyMismatchException(CNY, null)).isInstanceOf(NullPointerException.class);
    }
}

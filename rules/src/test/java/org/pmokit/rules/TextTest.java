package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final Text GREEN = Text.of("green", "绿");

    /** Any locale of the Chinese language gets the (Simplified) Chinese text, whatever its script or region. */
    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-TW", "zh-HK", "zh-SG", "zh-Hans", "zh-Hant-TW"})
    void in_givesChinese_forEveryChineseLocale(String tag) {
        assertThat(GREEN.in(Locale.forLanguageTag(tag))).isEqualTo("绿");
    }

    @Test
    void in_givesChinese_forTheChineseLocaleConstants() {
        assertThat(GREEN.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("绿");
        assertThat(GREEN.in(Locale.CHINESE)).isEqualTo("绿");
        assertThat(GREEN.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("绿");
        assertThat(GREEN.in(Locale.CHINA)).isEqualTo("绿");
        assertThat(GREEN.in(Locale.TAIWAN)).isEqualTo("绿");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB", "fr-FR", "ja-JP", "ko-KR", "de", "und"})
    void in_givesEnglish_forEveryOtherLocale(String tag) {
        assertThat(GREEN.in(Locale.forLanguageTag(tag))).isEqualTo("green");
    }

    @Test
    void in_givesEnglish_forTheRootLocale() {
        assertThat(GREEN.in(Locale.ROOT)).isEqualTo("green");
    }

    @Test
    void in_refusesNull() {
        assertThatThrownBy(() -> GREEN.in(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    }

    @Test
    void of_isTheConstructor() {
        assertThat(Text.of("a", "甲")).isEqualTo(new Text("a", "甲"));
        assertThat(Text.of("a", "甲").english()).isEqualTo("a");
        assertThat(Text.of("a", "甲").chinese()).isEqualTo("甲");
    }

    @Test
    void toString_isTheEnglishText() {
        assertThat(GREEN).hasToString("green");
    }

    @Test
    void constructor_refusesAMissingLanguage() {
        assertThatThrownBy(() -> Text.of(null, "绿")).isInstanceOf(NullPointerException.class).hasMessage("english");
        assertThatThrownBy(() -> Text.of("green", null)).isInstanceOf(NullPointerException.class).hasMessage("chinese");
    }

    @Test
    void lazy_isEqualToTheGivenText_andWritesItOnce() {
        AtomicInteger calls = new AtomicInteger();
        Text lazy = Text.lazy(() -> {
            calls.incrementAndGet();
            return Text.of("gr" + "een", "绿");
        });

        assertThat(calls).hasValue(0); // nothing is written before it is read
        assertThat(lazy).isEqualTo(GREEN).hasSameHashCodeAs(GREEN).hasToString("green");
        assertThat(GREEN).isEqualTo(lazy);
        assertThat(lazy.in(Locale.CHINA)).isEqualTo("绿");
        assertThat(lazy.english()).isEqualTo("green");
        assertThat(calls).hasValue(1);
    }

    @Test
    void lazy_ofALazyText_isWrittenThrough() {
        Text twice = Text.lazy(() -> Text.lazy(() -> GREEN));
        assertThat(twice.chinese()).isEqualTo("绿");
        assertThat(twice).isEqualTo(GREEN);
    }

    @Test
    void lazy_differsFromAnotherText() {
        assertThat(Text.lazy(() -> Text.of("green", "绿色"))).isNotEqualTo(GREEN);
        assertThat(Text.lazy(() -> Text.of("Green", "绿"))).isNotEqualTo(GREEN);
    }

    @Test
    void lazy_refusesANullSource_andASourceThatReturnsNull() {
        assertThatThrownBy(() -> Text.lazy(null)).isInstanceOf(NullPointerException.class).hasMessage("source");
        Text broken = Text.lazy(() -> null);
        assertThatThrownBy(broken::english).isInstanceOf(NullPointerException.class)
                .hasMessage("the source of a lazy text returned null");
    }

    @Test
    void lazy_readByManyThreads_givesEveryOneTheSameText() throws Exception {
        for (int round = 0; round < 200; round++) {
            Text lazy = Text.lazy(() -> Text.of("green", "绿"));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> read = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    read.add(pool.submit(() -> lazy.english() + "/" + lazy.chinese()));
                }
                for (Future<String> r : read) {
                    assertThat(r.get()).isEqualTo("green/绿");
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}

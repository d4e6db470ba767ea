namespace Mizan.Ingest.Encodings;

/// <summary>
/// One encoding an undeclared page is tried in (<see cref="TextDecoder.Guesses"/>), and how much its reading looks
/// like text: 0 when not at all, else a score the best of which wins.
/// </summary>
internal abstract class EncodingGuess(string name)
{
    public string Name { get; } = name;

    public abstract double Score(string text);
}

/// <summary>
/// A single-byte code page of one script (Cyrillic, Greek, Hebrew). Such code pages put letters at the same bytes, so
/// a page in one reads as letters in the others; the right reading is the one whose words are shaped as that
/// script's words are. It must have most of its letters outside ASCII (Latin text with accents has a few in ten),
/// nearly all of those of the script, and, each where the script has them: vowels in the share running text has;
/// words in lower case after their first letter (the wrong Cyrillic code page swaps the cases: KOI8-R's lower-case
/// letters are windows-1251's capitals); letters that only end words (Hebrew's final forms, Greek's ς) only there. Its
/// score is the share of well-shaped words.
/// </summary>
/// <param name="Vowels">The script's lower-case vowels, or null to skip the vowel test.</param>
/// <param name="Finals">Letters written only at the end of a word, or empty.</param>
/// <param name="Cased">Whether the script has upper and lower case.</param>
internal sealed class ScriptGuess(string name, Func<char, bool> isScript, string? Vowels, string Finals, bool Cased) : EncodingGuess(name)
{
    /// <summary>Of the letters, at least this share outside ASCII: Latin text with accents stays far below it.</summary>
    private const double NonAsciiLetters = 0.5;

    /// <summary>Of the letters outside ASCII, at least this share of the script (as <see cref="TextDecoder"/>'s Arabic test).</summary>
    private const double ScriptShare = 0.85;

    /// <summary>
    /// The share of vowels among a script's letters in running text lies inside this band for Russian and Greek (a
    /// general property of their spelling, not measured here); Greek bytes read as Cyrillic give mostly consonants
    /// (α, ο, ι become б, п, й), so readings outside it are not that script.
    /// </summary>
    private const double FewestVowels = 0.3;

    private const double MostVowels = 0.6;

    /// <summary>
    /// Of the characters outside ASCII, at most this share other than letters (dashes, quotes, a no-break space): a
    /// multi-byte page read in a single-byte code page gives box-drawing signs and symbols by the dozen.
    /// </summary>
    private const double NonLetters = 0.1;

    /// <summary>
    /// Of the words, at least this share well shaped. On the test pages (tests/Mizan.Ingest.Tests/Encodings/pages)
    /// every right reading scores 1.000; the one wrong reading that passes, Hebrew bytes read as windows-1253 (0.882
    /// and 0.889), loses to the right one because the best score wins: the bar keeps out readings of other scripts'
    /// bytes that break most words, such as KOI8-R and windows-1251 read as each other.
    /// </summary>
    private const double WellShaped = 0.8;

    public override double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int letters = 0, outside = 0, script = 0, vowels = 0, words = 0, shaped = 0, symbols = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                symbols += text[i] >= 0x80 && !char.IsWhiteSpace(text[i]) ? 1 : 0;
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var good = true;
            for (var k = i; k < end; k++)
            {
                var c = text[k];
                letters++;
                if (c < 0x80)
                {
                    continue;
                }

                outside++;
                if (!isScript(c))
                {
                    continue;
                }

                script++;
                vowels += Vowels is not null && Vowels.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal) ? 1 : 0;
                good &= !(Cased && k > i && char.IsUpper(c)) && !(k < end - 1 && Finals.Contains(c, StringComparison.Ordinal));
            }

            words += end - i > 1 ? 1 : 0;
            shaped += end - i > 1 && good ? 1 : 0;
            i = end;
        }

        var vowelShare = script == 0 ? 0 : (double)vowels / script;
        if (symbols > NonLetters * (outside + symbols) || letters == 0 || words == 0 || outside < NonAsciiLetters * letters || script < ScriptShare * outside
            || (Vowels is not null && vowelShare is < FewestVowels or > MostVowels))
        {
            return 0;
        }

        var share = (double)shaped / words;
        return share >= WellShaped ? share : 0;
    }
}

/// <summary>
/// A multi-byte East Asian encoding (Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR). Their byte ranges overlap so much
/// that a page in one often decodes without error in another, as characters no one writes; so the reading is scored
/// by the share of its characters outside ASCII that text of these languages uses most (<see cref="EastAsianText"/>):
/// kana, the most frequent Hangul syllables and Chinese characters.
/// </summary>
internal sealed class EastAsianGuess(string name) : EncodingGuess(name)
{
    /// <summary>
    /// At least this share of common characters. On the test pages (tests/Mizan.Ingest.Tests/Encodings/pages) the right
    /// readings score 0.650 (Korean) to 0.913 (Chinese); wrong readings that pass score 0.283 to 0.667 (EUC-JP read as
    /// GB18030 keeps its kana, which GB2312 holds at the same bytes) and lose because the best score wins. The bar only
    /// keeps out readings with hardly any common character.
    /// </summary>
    private const double CommonShare = 0.25;

    public override double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int counted = 0, common = 0;
        foreach (var c in text)
        {
            if (c < 0x80 || EastAsianText.IsPunctuation(c))
            {
                continue;
            }

            counted++;
            common += EastAsianText.IsCommon(c) ? 1 : 0;
        }

        var share = counted == 0 ? 0 : (double)common / counted;
        return share >= CommonShare ? share : 0;
    }
}

/// <summary>
/// Latin text (English, French, German, Spanish, Turkish ...) as windows-1252, tried last: its letters must be mostly
/// ASCII. Its score is the lowest a reading can have, so any script that reads well wins over it.
/// </summary>
internal sealed class LatinGuess(string name) : EncodingGuess(name)
{
    /// <summary>Of the letters, under this share outside ASCII: a few accented letters in every ten, as in French.</summary>
    private const double NonAsciiLetters = 0.3;

    public override double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int letters = 0, outside = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                outside += c >= 0x80 ? 1 : 0;
            }
        }

        return letters > 0 && outside < NonAsciiLetters * letters ? double.Epsilon : 0;
    }
}

/// <summary>The characters East Asian news text uses most, to tell a right reading of its bytes from a wrong one.</summary>
internal static class EastAsianText
{
    /// <summary>
    /// Frequent Chinese characters, simplified and traditional forms both, and frequent Hangul syllables; written for
    /// Mizan from general knowledge of the languages (function words, numbers, common nouns of news).
    /// </summary>
    private const string Frequent =
        "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年" +
        "过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理" +
        "心本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間" +
        "由问問很最重并並物手应應战戰向头頭文体體政美相见見被利二等产產或新己制身果加西月话話合回特代内內信表化老给給世位次度门門" +
        "任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活更别別打女变變四神总總何电電" +
        "数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指许許统統区區保至队隊形社便空决決治展马馬科司" +
        "五基书書非则則听聽白界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉" +
        "格望术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑飞飛风風步改收根干造言联聯持组組每济濟车車亲親极極林服" +
        "快办辦议議往元英士证證近失转轉夫令准准布始怎存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党" +
        "黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須九增研写寫称稱企八功包片" +
        "史委查易早曾除农農找装裝广廣显顯阿李标標谈談图圖念六引历歷首医醫局突专專费費号號另周较較注语語仅僅考落青随隨选選列武红紅" +
        "响響虽雖推势勢参參希古众眾构構房半节節土投某案黑维維革划劃敌敵致陈陳律足态態护護七兴興派孩验驗责責营營星够夠章音跟志底站" +
        "严嚴巴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按河米围圍江织織害斗双雙境客纪紀采举舉杀殺攻父苏" +
        "蘇密低朝友诉訴止细細愿千值仍男钱錢破网網热熱助倒育属屬坐帝限船职職速刻乐樂否刚剛威毛状狀率甚独獨球般普怕弹彈校苦创創假" +
        "久错錯承印晚兰蘭试試股拿预預谁誰益阳陽若哪微尼继繼送急血惊驚伤傷素药藥适適波夜省初喜卫衛源食险險待述陆陸习習置居劳勞财財" +
        "环環排福纳納欢歡雷警获獲模充负負云停木游龙龍树樹疑层層冷洲冲衝射略范竟句室异異激汉漢村哈策演简簡卡罪判担擔州静靜退既衣" +
        "您宗积積余痛检檢差富灵靈协協角占配征修皮挥揮胜勝降阶階审審沉坚堅善妈媽刘劉读讀超免压壓银銀买買皇养養伊怀懷执執副乱亂抗犯" +
        "追帮幫宣佛岁歲航优優怪香著田铁鐵控税稅左右份穿艺藝背阵陣草脚腳概恶惡块塊顿頓敢守酒岛島托央户戶烈洋哥索胡款靠评評版宝寶" +
        "座释釋景顾顧弟登货貨互付伯慢欧歐换換闻聞危忙核暗姐介坏壞讨討丽麗良序升监監临臨亮露永呼味野架域沙掉括舰艦鱼魚杂雜误誤湾灣" +
        "吉减減编編楚肯测測败敗屋跑梦夢散温溫困剑劍渐漸封救贵貴枪槍缺楼樓县縣尚毫移娘朋画畫班智亦耳恩短掌恐遗遺固席松秘谢謝鲁魯遇" +
        "康虑慮幸均销銷钟鐘诗詩藏赶趕剧劇票损損忽巨炮旧舊端探湖录錄叶葉春乡鄉附吸予礼禮港雨呀板庭妇婦归歸睛饭飯额額含顺順输輸摇" +
        "招婚脱脫补補谓謂督毒油疗療旅泽澤材灭滅逐莫笔筆亡鲜鮮词詞圣聖择擇寻尋厂廠睡博勒烟煙授诺諾伦倫岸奥奧唐卖賣俄炸载載洛健堂旁" +
        "宫宮喝借君禁阴陰园園谋謀宋避抓荣榮姑孙孫逃牙束跳顶頂玉镇鎮雪午练練迫爷爺篇肉嘴馆館遍凡础礎洞卷坦牛宁寧纸紙诸諸训訓私庄莊" +
        "祖丝絲翻暴森塔默握戏戲隐隱熟骨访訪弱蒙歌店鬼软軟典欲萨薩伙遭盘盤爸扩擴盖蓋弄雄稳穩忘亿億刺拥擁徒姆杨楊齐齊赛賽趣曲刀床迎" +
        "冰虚虛玩析窗醒妻透购購替塞努休虎扬揚途侵刑绿綠兄迅套贸貿毕畢唯谷轮輪库庫迹跡尤竞競街促延震弃棄甲伟偉麻川申缓緩潜潛闪閃" +
        "售灯燈针針哲络絡抵朱埃抱鼓植纯純夏忍页頁杰傑筑築折郑鄭贝貝尊吴吳秀混臣雅振染盛怒舞圆圓搞狂措姓残殘秋培迷诚誠宽寬宇猛摆" +
        "擺梅毁毀伸摩盟末乃悲拍丁赵趙" +
        "이다의는에을하고가한지서로기사대도리자어를수있나으해일정시인보부게면전상제들요" +
        "적과그것주라년만위성했니원장우비구동경중계국연회발무내신러저없습니합니다";

    private static readonly HashSet<char> Common = [.. Frequent];

    /// <summary>Hiragana, katakana, or one of the frequent characters above.</summary>
    public static bool IsCommon(char c) => c is (>= '\u3041' and <= '\u30FF') || Common.Contains(c);

    /// <summary>CJK symbols and punctuation and full-width forms: every reading of these encodings has them.</summary>
    public static bool IsPunctuation(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');
}

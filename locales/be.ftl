# newsbrief — беларуская. Ключ, якога тут няма, бот возьме з en.ftl.
# Тэксты без разметкі: код сам экрануе іх і дадае тлусты шрыфт і спасылкі вакол зменных.

## Агульнае
date-unknown = дата невядомая
admins-only = Змяняць налады дайджэсту ў гэтым чаце могуць толькі яго адміністратары.
flood-notice = Вы дасылаеце каманды хутчэй, чым я паспяваю адказваць. Пачакайце хвіліну і паспрабуйце зноў.
apology = Прабачце, у нас нешта пайшло не так. Паспрабуйце яшчэ раз праз хвіліну.
unknown-button = Гэтая кнопка састарэла. Дашліце каманду яшчэ раз.
unknown-command = Я не ведаю такой каманды. Дашліце /help, каб даведацца, што я ўмею.
private-hint = Задайце пытанне пра навіны або дашліце /help, каб даведацца, што я ўмею, напрыклад /latest або /who Лукашэнка.
duration-hours-minutes = { $hours } гадз { $minutes } хв
duration-minutes = { $minutes } хв

## Меню каманд і /help
cmd-start = Што ўмее гэты бот
cmd-help = Спіс каманд
cmd-latest = Найсвяжэйшыя навіны, напрыклад /latest 10
cmd-who = Хто гэты чалавек? Напрыклад /who Лукашэнка
cmd-digest = Ваш дайджэст, якім ён быў бы зараз; /digest ГГГГ-ММ-ДД — той, што прыйшоў у гэты чат у той дзень
cmd-subscribe = Атрымліваць дайджэст штодня, напрыклад /subscribe 07:30 Europe/Minsk
cmd-unsubscribe = Больш не дасылаць дайджэст
cmd-settings = Наладзіць дайджэст: час, часавы пояс, тэмы, паўза
cmd-sources = Адкуль бяруцца навіны для дайджэсту гэтага чата; /sources add <url>, /sources remove <n>
cmd-language = Мова бота ў гэтым чаце, напрыклад /language be
cmd-search = Знайсці навіны па словах, напрыклад /search Belavia sanctions
cmd-ask = Задаць пытанне па артыкулах, напрыклад /ask Who is Lithuania's foreign minister?
help-title = Каманды
help-admins = (у групах — толькі адміністратары)
help-try = Паспрабуйце

## /start
start-intro = newsbrief ператварае навінавыя артыкулы ў кароткія зводкі.
start-list =
    • /latest — найсвяжэйшыя навіны
    • /who Лукашэнка — хто гэты чалавек, паводле захаваных артыкулаў
    • /digest — ваш дайджэст, якім ён быў бы зараз
    • /subscribe — атрымліваць дайджэст штодня
start-help = Усе каманды — у /help.

## /latest
latest-usage = Як карыстацца: /latest [n], дзе n — лік ад 1 да { $max }.
latest-empty = Навін пакуль няма. Артыкулы з'явяцца тут, як толькі іх загрузяць.
latest-title = Свежыя навіны: { $count }
latest-also = таксама: { $names }
latest-more = і яшчэ { $count }

## /who
who-usage = Як карыстацца: /who <імя>, напрыклад /who Лукашэнка
who-too-long = Занадта доўгае імя (больш за { $max } сімвалаў).
who-also-written = Таксама пішуць:
who-roles = Пасады
who-latest = Апошняе
who-mentioned = Згадваецца ў { $count } { $count ->
        [one] артыкуле
       *[other] артыкулах
    }.
who-appears-with = Сустракаецца разам з: { $names }.
who-not-found = У захаваных артыкулах няма нікога з імем { $name }.
who-did-you-mean = Магчыма, вы мелі на ўвазе: { $names }?

## /digest
digest-usage = Як карыстацца: /digest — што было б у вашым наступным дайджэсце зараз; /digest ГГГГ-ММ-ДД — дайджэст, які гэты чат атрымаў у той дзень.
digest-sent = Дайджэст за { $day } — менавіта такі, якім яго атрымаў гэты чат:
digest-pending = Дайджэст за { $day } — яшчэ дастаўляецца ў гэты чат:
digest-empty = { $day } нічога не дасылалася: для гэтага чата ў той дзень не было нічога новага.
digest-skipped = Дайджэст за { $day } прапушчаны: бот не працаваў даўжэй, чым дазваляе акно даганяльнай адпраўкі.
digest-undeliverable = Дайджэст за { $day } не ўдалося даставіць у гэты чат.
digest-unarchived = Дайджэст за { $day } быў дастаўлены ў гэты чат, але яго копія не захавалася (яго адправілі да таго, як дайджэсты пачалі архіваваць па чатах).
digest-none = Дайджэст для гэтага чата за { $day } не складаўся: чат тады не быў падпісаны або час дайджэсту яшчэ не настаў. У /help названы дзень, за які дайджэст ёсць.

## Рамка дайджэсту
digest-title = Дайджэст навін
digest-window = { $since } – { $until } ({ $zone }) · { $stories } { $stories ->
        [one] навіна
        [few] навіны
       *[many] навін
    }
digest-nothing-new = Нічога новага з { $since } ({ $zone }).
digest-update = Абнаўленне:{" "}
digest-more = і яшчэ { $count }
digest-outlets = { $count } { $count ->
        [one] выданне
        [few] выданні
       *[many] выданняў
    }
digest-articles = { $count ->
        [one] { $latest }
        [few] { $count } артыкулы, апошні { $latest }
       *[many] { $count } артыкулаў, апошні { $latest }
    }
digest-follow-up = Працяг: { $outlet }, { $when }
digest-more-outlets = і яшчэ { $count } { $count ->
        [one] выданне
        [few] выданні
       *[many] выданняў
    }
digest-more-stories = Іншыя навіны
digest-unknown-source = Крыніца невядомая
digest-disclaimer = Зводкі складзены аўтаматычна паводле крыніц вышэй; важныя факты правярайце самастойна.

## /subscribe
subscribe-channel-from-private = Каб падпісаць канал, дашліце мне /subscribe @канал у асабістым чаце.
subscribe-where-channel = { $channel } падпісаны
subscribe-where-updated = Абноўлена
subscribe-where-new = Падпіска аформлена
subscribe-daily = { $where }: дайджэст прыходзіць штодня а { $time } ({ $zone }).
subscribe-next-due = Наступны — праз { $wait }.
subscribe-manage-channel = Кіраваць ім можна тут праз /settings.
subscribe-manage = Змяніць — /settings, адпісацца — /unsubscribe.

## /unsubscribe
unsubscribe-usage = Як карыстацца: /unsubscribe — для гэтага чата, або /unsubscribe @канал (у асабістым чаце са мной) — для канала, дзе вы адміністратар.
unsubscribe-channel-from-private = Каб адпісаць канал, дашліце мне /unsubscribe @канал у асабістым чаце.
unsubscribe-not-subscribed = Падпіскі няма. Дашліце /subscribe, каб атрымліваць дайджэст штодня.
unsubscribe-done = Падпіска скасавана: штодзённых дайджэстаў больш не будзе. /subscribe верне іх з ранейшымі наладамі.

## Каналы
channel-by-id = канал { $id }
channel-not-found = Не магу знайсці { $channel }. Праверце назву, дадайце мяне ў канал адміністратарам і паспрабуйце зноў.
channel-not-a-channel = { $channel } — гэта не канал. Каб падпісаць групу, дашліце /subscribe у самой групе.
channel-cannot-post = Я не магу публікаваць у { $channel }: зрабіце мяне адміністратарам канала з правам «Публікацыя паведамленняў».
channel-not-admin-subscribe = Падпісаць { $channel } могуць толькі яго адміністратары, а вы не з іх ліку.
channel-gone = Не магу знайсці { $channel }. Праверце назву і тое, што я ўсё яшчэ там адміністратар.
channel-no-subscription = У { $channel } няма падпіскі на дайджэст. Яго адміністратар можа даслаць тут /subscribe { $channel }.
channel-not-admin-change = Змяняць дайджэст { $channel } могуць толькі яго адміністратары, а вы (ужо) не з іх ліку.

## Бот у групе
membership-intro = Прывітанне! Я дасылаю зводкі навін. Адміністратар можа даслаць /subscribe [ГГ:ХХ] [часавы пояс] (напрыклад /subscribe 08:00 Europe/Berlin), каб атрымліваць тут штодзённы дайджэст. Спытаць /latest, /who <імя> або /digest можа любы.
membership-welcome-back = З вяртаннем: штодзённы дайджэст зноў будзе прыходзіць а { $time } ({ $zone }).

## /sources
sources-usage = Як карыстацца: /sources — крыніцы гэтага чата, /sources add <url> — дадаць стужку (або старонку са спасылкай на яе), /sources remove <n> — прыбраць крыніцу нумар n; /sources @канал … у асабістым чаце са мной — для канала, дзе вы адміністратар.
sources-add-usage = Як карыстацца: /sources add <url> — стужка або старонка са спасылкай на яе, напрыклад /sources add https://example.org/feed.xml
sources-remove-usage = Як карыстацца: /sources remove <n>, дзе n — нумар крыніцы ў /sources, напрыклад /sources remove 2
sources-from-private = Каб кіраваць крыніцамі канала, дашліце мне /sources @канал у асабістым чаце.
sources-admins-only = Змяняць крыніцы чата могуць толькі яго адміністратары.
sources-channel-not-found = Не магу знайсці { $channel }. Праверце назву, дадайце мяне ў канал адміністратарам і паспрабуйце зноў.
sources-not-a-channel = { $channel } — гэта не канал. Для групы дашліце /sources у самой групе.
sources-not-admin = Кіраваць крыніцамі { $channel } могуць толькі яго адміністратары, а вы не з іх ліку.
sources-this-chat = гэты чат
sources-this-chat-start = Гэты чат
sources-health-new = яшчэ не загружалася
sources-health-ok = у парадку
sources-health-failing = памылкі ×{ $count }: { $error }
sources-unknown-error = невядомая памылка
sources-own-title = { $owner }: крыніцы
sources-own-count = ({ $count } з { $max } магчымых); дайджэст бярэ навіны толькі адсюль:
sources-own-hint = Дадаць: { $command } add <url> · прыбраць: { $command } remove <n>
sources-pool-empty = { $owner }: уласных крыніц няма, таму дайджэст бярэ навіны з агульнага набору аператара, дзе пакуль няма стужак (толькі артыкулы, якія аператар кладзе ва ўваходныя).
sources-pool = { $owner }: уласных крыніц няма, таму дайджэст бярэ навіны з агульнага набору аператара: { $count } { $count ->
        [one] крыніца
        [few] крыніцы
       *[many] крыніц
    } (і артыкулы, якія аператар кладзе ва ўваходныя): { $names }.
sources-pool-more = { " " }і яшчэ { $count }
sources-pool-add = Дадайце ўласныя: { $command } add <url> (стужка або старонка са спасылкай на яе); з таго часу будуць прыходзіць толькі яны.
sources-off-kept = Аператар бота адключыў даданне крыніц; ужо дададзеныя ({ $target }, { $count }) застаюцца — { $command } пакажа іх.
sources-off = Аператар бота адключыў крыніцы чатаў, таму дайджэст ({ $target }) бярэ навіны з агульнага набору аператара — { $command } пакажа яго.
sources-bad-url = Як карыстацца: /sources add <url>: { $problem }.
sources-too-many = { $owner }: ужо { $count } крыніц — гэта максімум для чата ({ $max }). Спачатку прыбярыце адну: { $command } remove <n>.
sources-exists-n = — ужо крыніца нумар { $n } ({ $target }).
sources-exists = — ужо адна з крыніц ({ $target }).
sources-not-added = Не дададзена: { $problem }
sources-its-feed = (стужка: { $feed })
sources-added = Дададзена крыніца { $n } ({ $target }):
sources-added-items = Зараз у стужцы { $count } { $count ->
        [one] запіс
        [few] запісы
       *[many] запісаў
    }; пры наступнай праверцы прыйдуць самыя свежыя (да { $first }).
sources-now-own = { $owner }: дайджэст цяпер бярэ навіны толькі з уласных крыніц, а не з агульнага набору аператара ({ $command } remove 1 верне яго).
sources-none-to-remove = { $owner }: уласных крыніц няма, прыбіраць няма чаго; дайджэст бярэ навіны з агульнага набору аператара.
sources-no-such = Крыніцы { $n } няма: усяго іх { $count } ({ $target }, ад 1 да { $count }). { $command } пакажа спіс.
sources-removed = Крыніца { $n } прыбрана:
sources-back-to-pool = { $owner }: уласных крыніц больш няма, таму дайджэст зноў бярэ навіны з агульнага набору аператара ({ $count } { $count ->
        [one] крыніца
        [few] крыніцы
       *[many] крыніц
    }).
sources-moved-up = Наступныя за ёй зрушыліся на адзін нумар уверх; { $command } пакажа спіс.

## /settings
settings-usage = Як карыстацца: /settings — для гэтага чата, або /settings @канал (у асабістым чаце са мной) — для канала, дзе вы адміністратар.
settings-channel-from-private = Дайджэстам гэтага канала можна кіраваць з асабістага чата са мной: дашліце там /settings.
settings-title = Налады дайджэсту
settings-this-chat = Гэты чат
settings-kind-channel = Канал
settings-kind-group = Група
settings-status = Стан:
settings-status-active = актыўны
settings-status-unsubscribed = падпіска скасавана
settings-paused-user = на паўзе (уручную)
settings-paused-removed = на паўзе: мяне выдалілі з чата
settings-paused-blocked = на паўзе: бот заблакаваны
settings-paused-chat-not-found = на паўзе: чат не знойдзены
settings-delivery = Дастаўка:
settings-include = Толькі тэмы:
settings-include-all = усе
settings-exclude = Акрамя тэм:
settings-exclude-none = няма
settings-language = Мова:
settings-btn-time = 🕗 Час { $time }
settings-btn-zone = 🌍 Пояс
settings-btn-include = ➕ Тэмы
settings-btn-exclude = ➖ Без тэм
settings-btn-clear = 🧹 Скінуць тэмы
settings-btn-language = 🌐 Мова
settings-btn-pause = ⏸ Паўза
settings-btn-resume = ▶️ Працягнуць
settings-btn-subscribe-again = 🔔 Падпісацца
settings-btn-unsubscribe = 🚫 Адпісацца
settings-btn-all-chats = « Усе чаты
settings-btn-done = ✅ Гатова
settings-btn-other = Іншае…
settings-btn-back = « Назад
settings-btn-more-zones = Яшчэ паясы…
settings-btn-cancel = Адмена
settings-btn-yes-unsubscribe = Так, адпісацца
settings-btn-subscribe = 🔔 Падпісацца
settings-btn-subscribe-too = 🔔 Падпісаць і гэты чат
settings-closed = Захавана. Каб змяніць зноў, дашліце /settings.
settings-time-question = Калі дасылаць дайджэст ({ $zone })?
settings-zone-question = У якім часавым поясе { $time }?
settings-language-question = На якой мове боту гаварыць тут? Навіны застаюцца на мове арыгінала.
settings-stories = Мовы навін:
settings-stories-all = усе
settings-btn-stories = 🗞 Мовы навін: { $list }
settings-btn-stories-all = Усе мовы
settings-stories-question = Дасылаць толькі навіны на адзначаных мовах (націсніце на мову, каб уключыць або выключыць яе). Навіны, мову якіх не ўдалося вызначыць, прыходзяць заўсёды.
settings-toast-stories = Мовы навін: { $list }
settings-toast-stories-all = Навіны на ўсіх мовах.
settings-prompt-time = Дашліце час дастаўкі ў выглядзе ГГ:ХХ, напрыклад 07:45.
settings-prompt-timezone = Дашліце часавы пояс у фармаце IANA, напрыклад Europe/Minsk або America/New_York.
settings-prompt-include = Дашліце тэмы праз коску, напрыклад беларусь, санкцыі. Яны заменяць бягучы спіс; прыйдуць толькі падзеі, дзе згадваецца хоць адна з іх.
settings-prompt-exclude = Дашліце тэмы, якія трэба выключыць, праз коску, напрыклад футбол, надвор'е. Яны заменяць бягучы спіс.
settings-or-cancel = Або дашліце «адмена».
settings-confirm-unsubscribe = Больш не дасылаць штодзённы дайджэст ({ $chat })? Налады захаваюцца, так што падпісацца зноў можна будзе пазней.
settings-not-subscribed = Падпіскі пакуль няма — дашліце /subscribe або націсніце кнопку, каб атрымліваць штодзённы дайджэст з наладамі па змаўчанні.
settings-which = Які дайджэст вы хочаце змяніць?
settings-stale = Гэтая кнопка састарэла. Дашліце /settings яшчэ раз.
settings-gone = Гэтага дайджэсту больш няма. Дашліце /settings яшчэ раз.
settings-toast-not-subscribed = Падпіскі няма.
settings-toast-saved = Захавана.
settings-toast-time = Час дастаўкі: { $time }
settings-toast-zone = Часавы пояс: { $zone }
settings-toast-no-topics = Тэм для скіду няма.
settings-toast-cleared = Тэмы скінуты: прыходзіць усё.
settings-toast-not-active = Дайджэст не актыўны, ставіць на паўзу няма чаго.
settings-toast-paused = На паўзе.
settings-toast-resumed = Працягваем.
settings-toast-subscribed-again = Вы зноў падпісаны.
settings-toast-unsubscribed = Падпіска скасавана.
settings-toast-subscribed = Падпіска аформлена: штодня а { $time }.
settings-no-longer = Вы больш не можаце змяняць гэты дайджэст. Дашліце /settings, каб пачаць нанова.
settings-cancelled = Скасавана: нічога не змянілася.
settings-bad-time = { $text } — гэта не час сутак: пазначце ГГ:ХХ ад 00:00 да 23:59.
settings-bad-zone = Я не ведаю часавага пояса «{ $text }». Пазначце назву IANA, напрыклад Europe/Minsk.
settings-saved-time = Захавана: дайджэст прыходзіць а { $time }.
settings-saved-zone = Захавана: час цяпер паводле пояса { $zone }.
settings-saved-include = Захавана: толькі падзеі на тэмы { $list }.
settings-saved-exclude = Захавана: падзеі на тэмы { $list } не трапяць у дайджэст.
settings-topics-none = Дашліце хоць адну тэму, напрыклад беларусь, санкцыі. Каб прыбраць усе, націсніце «Скінуць тэмы».
settings-topics-length = Кожная тэма мусіць мець ад { $min } да { $max } сімвалаў; праверце «{ $shown }».
settings-topics-too-many = Гэта { $count } тэм, а можна не больш за { $max }. Пакіньце самыя важныя.

## /language
language-current = Мова бота ў гэтым чаце: беларуская.
language-how-chosen-chosen = Мова абрана для гэтага чата камандай /language.
language-how-chosen-telegram = Мова ўзята з налад вашага Telegram; абярыце іншую ніжэй або дашліце /language <код>.
language-how-chosen-default = Па змаўчанні — англійская; абярыце іншую ніжэй або дашліце /language <код>.
language-choices = Мовы: { $choices }. Навіны застаюцца на той мове, на якой яны напісаны.
language-set = Гатова: цяпер бот гаворыць тут па-беларуску.
language-bad-code = Я не ведаю мовы «{ $code }»: абярыце адну з { $choices }.
language-admins-only = Змяняць мову чата могуць толькі яго адміністратары.
language-unavailable = На гэтым боце мову пакуль нельга змяніць.
language-stale = Гэтая кнопка састарэла. Дашліце /language яшчэ раз.

## /ask і /search
ask-dont-know = У артыкулах, якія ў мяне ёсць, адказу на гэта няма.
ask-usage = Як карыстацца: /ask <пытанне>, напрыклад /ask Who is Lithuania's foreign minister?
ask-too-long = Пытанне занадта доўгае (больш за { $max } сімвалаў). Калі ласка, сфармулюйце яго карацей.
search-usage = Як карыстацца: /search <словы>, напрыклад /search Belavia sanctions
search-too-long = Занадта шмат слоў для пошуку. Калі ласка, пазначце менш.
search-none = Па запыце «{ $words }» нічога не знойдзена.
search-title = Знойдзена па запыце «{ $words }»
search-read = чытаць

## /subscribe
subscribe-usage = Як карыстацца: /subscribe [ГГ:ХХ або 7am] [часавы пояс], напрыклад /subscribe 07:30 Europe/Minsk; для канала: /subscribe @channel 07:30
subscribe-one-channel = Пазначце толькі адзін канал.
subscribe-bad-time = { $word } — гэта не час сутак: пазначце час ад 00:00 да 23:59 або ў 12-гадзінным фармаце, напрыклад 7am або 7:30pm.
subscribe-bad-zone = Я не ведаю часавога пояса «{ $word }». Пазначце назву IANA, напрыклад Europe/Minsk або UTC.

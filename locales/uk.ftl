# newsbrief — українська. Ключ, якого тут немає, бот візьме з en.ftl.
# Тексти без розмітки: код сам екранує їх і додає жирний шрифт і посилання навколо змінних.

## Спільне
date-unknown = дата невідома
admins-only = Змінювати налаштування дайджесту в цьому чаті можуть лише його адміністратори.
flood-notice = Ви надсилаєте команди швидше, ніж я встигаю відповідати. Зачекайте хвилину і спробуйте знову.
apology = Вибачте, у нас щось пішло не так. Спробуйте ще раз за хвилину.
unknown-button = Ця кнопка застаріла. Надішліть команду ще раз.
unknown-command = Я не знаю такої команди. Надішліть /help, щоб дізнатися, що я вмію.
private-hint = Поставте запитання про новини або надішліть /help, щоб дізнатися, що я вмію, наприклад /latest або /who Лукашенко.
duration-hours-minutes = { $hours } год { $minutes } хв
duration-minutes = { $minutes } хв

## Меню команд і /help
cmd-start = Що вміє цей бот
cmd-help = Список команд
cmd-latest = Найсвіжіші новини, наприклад /latest 10
cmd-who = Хто ця людина? Наприклад /who Лукашенко
cmd-digest = Ваш дайджест, яким він був би зараз; /digest РРРР-ММ-ДД — той, що надійшов у цей чат того дня
cmd-subscribe = Отримувати дайджест щодня, наприклад /subscribe 07:30 Europe/Kyiv
cmd-unsubscribe = Більше не надсилати дайджест
cmd-settings = Налаштувати дайджест: час, часовий пояс, теми, пауза
cmd-sources = Звідки беруться новини для дайджесту цього чату; /sources add <url>, /sources remove <n>
cmd-language = Мова бота в цьому чаті, наприклад /language uk
cmd-search = Знайти новини за словами, наприклад /search Belavia sanctions
cmd-ask = Поставити запитання за статтями, наприклад /ask Who is Lithuania's foreign minister?
help-title = Команди
help-admins = (у групах — лише адміністратори)
help-try = Спробуйте

## /start
start-intro = newsbrief перетворює новинні статті на короткі зведення.
start-list =
    • /latest — найсвіжіші новини
    • /who Лукашенко — хто ця людина, за збереженими статтями
    • /digest — ваш дайджест, яким він був би зараз
    • /subscribe — отримувати дайджест щодня
start-help = Усі команди — у /help.

## /latest
latest-usage = Як користуватися: /latest [n], де n — число від 1 до { $max }.
latest-empty = Новин поки немає. Статті з'являться тут, щойно їх буде завантажено.
latest-title = Свіжі новини: { $count }
latest-also = також: { $names }
latest-more = і ще { $count }

## /who
who-usage = Як користуватися: /who <ім'я>, наприклад /who Лукашенко
who-too-long = Задовге ім'я (понад { $max } символів).
who-also-written = Також пишуть:
who-roles = Посади
who-latest = Останнє
who-mentioned = Згадується в { $count } { $count ->
        [one] статті
       *[other] статтях
    }.
who-appears-with = Трапляється разом із: { $names }.
who-not-found = У збережених статтях немає нікого на ім'я { $name }.
who-did-you-mean = Можливо, ви мали на увазі: { $names }?

## /digest
digest-usage = Як користуватися: /digest — що було б у вашому наступному дайджесті зараз; /digest РРРР-ММ-ДД — дайджест, який цей чат отримав того дня.
digest-sent = Дайджест за { $day } — саме такий, яким його отримав цей чат:
digest-pending = Дайджест за { $day } — ще доставляється в цей чат:
digest-empty = { $day } нічого не надсилалося: для цього чату того дня не було нічого нового.
digest-skipped = Дайджест за { $day } пропущено: бот не працював довше, ніж дозволяє вікно наздоганяльного надсилання.
digest-undeliverable = Дайджест за { $day } не вдалося доставити в цей чат.
digest-unarchived = Дайджест за { $day } було доставлено в цей чат, але його копію не збережено (його надіслали до того, як дайджести почали архівувати для кожного чату).
digest-none = Дайджест для цього чату за { $day } не складався: чат тоді не був підписаний або час дайджесту ще не настав. У /help зазначено день, за який дайджест є.

## Рамка дайджесту
digest-title = Дайджест новин
digest-window = { $since } – { $until } ({ $zone }) · { $stories } { $stories ->
        [one] новина
        [few] новини
       *[many] новин
    }
digest-nothing-new = Нічого нового з { $since } ({ $zone }).
digest-update = Оновлення:{" "}
digest-more = і ще { $count }
digest-outlets = { $count } { $count ->
        [one] видання
        [few] видання
       *[many] видань
    }
digest-articles = { $count ->
        [one] { $latest }
        [few] { $count } статті, остання { $latest }
       *[many] { $count } статей, остання { $latest }
    }
digest-follow-up = Продовження: { $outlet }, { $when }
digest-more-outlets = і ще { $count } { $count ->
        [one] видання
        [few] видання
       *[many] видань
    }
digest-more-stories = Інші новини
digest-unknown-source = Джерело невідоме
digest-disclaimer = Зведення складено автоматично за джерелами вище; важливі факти перевіряйте самостійно.

## /subscribe
subscribe-channel-from-private = Щоб підписати канал, надішліть мені /subscribe @канал в особистому чаті.
subscribe-where-channel = { $channel } підписано
subscribe-where-updated = Оновлено
subscribe-where-new = Підписку оформлено
subscribe-daily = { $where }: дайджест надходить щодня о { $time } ({ $zone }).
subscribe-next-due = Наступний — через { $wait }.
subscribe-manage-channel = Керувати ним можна тут через /settings.
subscribe-manage = Змінити — /settings, відписатися — /unsubscribe.

## /unsubscribe
unsubscribe-usage = Як користуватися: /unsubscribe — для цього чату, або /unsubscribe @канал (в особистому чаті зі мною) — для каналу, де ви адміністратор.
unsubscribe-channel-from-private = Щоб відписати канал, надішліть мені /unsubscribe @канал в особистому чаті.
unsubscribe-not-subscribed = Підписки немає. Надішліть /subscribe, щоб отримувати дайджест щодня.
unsubscribe-done = Підписку скасовано: щоденних дайджестів більше не буде. /subscribe поверне їх із попередніми налаштуваннями.

## Канали
channel-by-id = канал { $id }
channel-not-found = Не можу знайти { $channel }. Перевірте назву, додайте мене до каналу адміністратором і спробуйте знову.
channel-not-a-channel = { $channel } — це не канал. Щоб підписати групу, надішліть /subscribe у самій групі.
channel-cannot-post = Я не можу публікувати в { $channel }: зробіть мене адміністратором каналу з правом «Публікація повідомлень».
channel-not-admin-subscribe = Підписати { $channel } можуть лише його адміністратори, а ви не з їх числа.
channel-gone = Не можу знайти { $channel }. Перевірте назву і те, що я досі там адміністратор.
channel-no-subscription = { $channel } не має підписки на дайджест. Його адміністратор може надіслати тут /subscribe { $channel }.
channel-not-admin-change = Змінювати дайджест { $channel } можуть лише його адміністратори, а ви (вже) не з їх числа.

## Бот у групі
membership-intro = Привіт! Я надсилаю зведення новин. Адміністратор може надіслати /subscribe [ГГ:ХХ] [часовий пояс] (наприклад /subscribe 08:00 Europe/Berlin), щоб отримувати тут щоденний дайджест. Запитати /latest, /who <ім'я> або /digest може будь-хто.
membership-welcome-back = З поверненням: щоденний дайджест знову надходитиме о { $time } ({ $zone }).

## /sources
sources-usage = Як користуватися: /sources — джерела цього чату, /sources add <url> — додати стрічку (або сторінку з посиланням на неї), /sources remove <n> — прибрати джерело номер n; /sources @канал … в особистому чаті зі мною — для каналу, де ви адміністратор.
sources-add-usage = Як користуватися: /sources add <url> — стрічка або сторінка з посиланням на неї, наприклад /sources add https://example.org/feed.xml
sources-remove-usage = Як користуватися: /sources remove <n>, де n — номер джерела в /sources, наприклад /sources remove 2
sources-from-private = Щоб керувати джерелами каналу, надішліть мені /sources @канал в особистому чаті.
sources-admins-only = Змінювати джерела чату можуть лише його адміністратори.
sources-channel-not-found = Не можу знайти { $channel }. Перевірте назву, додайте мене до каналу адміністратором і спробуйте знову.
sources-not-a-channel = { $channel } — це не канал. Для групи надішліть /sources у самій групі.
sources-not-admin = Керувати джерелами { $channel } можуть лише його адміністратори, а ви не з їх числа.
sources-this-chat = цей чат
sources-this-chat-start = Цей чат
sources-health-new = ще не завантажувалося
sources-health-ok = гаразд
sources-health-failing = помилки ×{ $count }: { $error }
sources-unknown-error = невідома помилка
sources-own-title = { $owner }: джерела
sources-own-count = ({ $count } з { $max } можливих); дайджест бере новини лише звідси:
sources-own-hint = Додати: { $command } add <url> · прибрати: { $command } remove <n>
sources-pool-empty = { $owner }: власних джерел немає, тому дайджест бере новини із загального набору оператора, де поки немає стрічок (лише статті, які оператор кладе у вхідні).
sources-pool = { $owner }: власних джерел немає, тому дайджест бере новини із загального набору оператора: { $count } { $count ->
        [one] джерело
        [few] джерела
       *[many] джерел
    } (і статті, які оператор кладе у вхідні): { $names }.
sources-pool-more = { " " }і ще { $count }
sources-pool-add = Додайте власні: { $command } add <url> (стрічка або сторінка з посиланням на неї); відтоді надходитимуть лише вони.
sources-off-kept = Оператор бота вимкнув додавання джерел; уже додані ({ $target }, { $count }) залишаються — { $command } покаже їх.
sources-off = Оператор бота вимкнув джерела чатів, тому дайджест ({ $target }) бере новини із загального набору оператора — { $command } покаже його.
sources-bad-url = Як користуватися: /sources add <url>: { $problem }.
sources-too-many = { $owner }: уже { $count } джерел — це максимум для чату ({ $max }). Спершу приберіть одне: { $command } remove <n>.
sources-exists-n = — уже джерело номер { $n } ({ $target }).
sources-exists = — уже одне з джерел ({ $target }).
sources-not-added = Не додано: { $problem }
sources-its-feed = (стрічка: { $feed })
sources-added = Додано джерело { $n } ({ $target }):
sources-added-items = Зараз у стрічці { $count } { $count ->
        [one] запис
        [few] записи
       *[many] записів
    }; під час наступної перевірки надійдуть найсвіжіші (до { $first }).
sources-now-own = { $owner }: дайджест тепер бере новини лише з власних джерел, а не із загального набору оператора ({ $command } remove 1 поверне його).
sources-none-to-remove = { $owner }: власних джерел немає, прибирати нічого; дайджест бере новини із загального набору оператора.
sources-no-such = Джерела { $n } немає: усього їх { $count } ({ $target }, від 1 до { $count }). { $command } покаже список.
sources-removed = Джерело { $n } прибрано:
sources-back-to-pool = { $owner }: власних джерел більше немає, тому дайджест знову бере новини із загального набору оператора ({ $count } { $count ->
        [one] джерело
        [few] джерела
       *[many] джерел
    }).
sources-moved-up = Наступні за ним зсунулися на один номер угору; { $command } покаже список.

## /settings
settings-usage = Як користуватися: /settings — для цього чату, або /settings @канал (в особистому чаті зі мною) — для каналу, де ви адміністратор.
settings-channel-from-private = Дайджестом цього каналу можна керувати з особистого чату зі мною: надішліть там /settings.
settings-title = Налаштування дайджесту
settings-this-chat = Цей чат
settings-kind-channel = Канал
settings-kind-group = Група
settings-status = Стан:
settings-status-active = активний
settings-status-unsubscribed = підписку скасовано
settings-paused-user = на паузі (вручну)
settings-paused-removed = на паузі: мене видалили з чату
settings-paused-blocked = на паузі: бота заблоковано
settings-paused-chat-not-found = на паузі: чат не знайдено
settings-delivery = Доставка:
settings-include = Лише теми:
settings-include-all = усі
settings-exclude = Крім тем:
settings-exclude-none = немає
settings-language = Мова:
settings-btn-time = 🕗 Час { $time }
settings-btn-zone = 🌍 Пояс
settings-btn-include = ➕ Теми
settings-btn-exclude = ➖ Без тем
settings-btn-clear = 🧹 Скинути теми
settings-btn-language = 🌐 Мова
settings-btn-pause = ⏸ Пауза
settings-btn-resume = ▶️ Продовжити
settings-btn-subscribe-again = 🔔 Підписатися
settings-btn-unsubscribe = 🚫 Відписатися
settings-btn-all-chats = « Усі чати
settings-btn-done = ✅ Готово
settings-btn-other = Інше…
settings-btn-back = « Назад
settings-btn-more-zones = Ще пояси…
settings-btn-cancel = Скасувати
settings-btn-yes-unsubscribe = Так, відписатися
settings-btn-subscribe = 🔔 Підписатися
settings-btn-subscribe-too = 🔔 Підписати й цей чат
settings-closed = Збережено. Щоб змінити знову, надішліть /settings.
settings-time-question = Коли надсилати дайджест ({ $zone })?
settings-zone-question = У якому часовому поясі { $time }?
settings-language-question = Якою мовою боту говорити тут? Новини залишаються мовою оригіналу.
settings-stories = Мови новин:
settings-stories-all = усі
settings-btn-stories = 🗞 Мови новин: { $list }
settings-btn-stories-all = Усі мови
settings-stories-question = Надсилати лише новини позначеними мовами (натисніть на мову, щоб увімкнути або вимкнути її). Новини, мову яких не вдалося визначити, надходять завжди.
settings-toast-stories = Мови новин: { $list }
settings-toast-stories-all = Новини всіма мовами.
settings-prompt-time = Надішліть час доставки у вигляді ГГ:ХХ, наприклад 07:45.
settings-prompt-timezone = Надішліть часовий пояс у форматі IANA, наприклад Europe/Kyiv або America/New_York.
settings-prompt-include = Надішліть теми через кому, наприклад україна, санкції. Вони замінять поточний список; надходитимуть лише події, де згадано хоча б одну з них.
settings-prompt-exclude = Надішліть теми, які треба виключити, через кому, наприклад футбол, погода. Вони замінять поточний список.
settings-or-cancel = Або надішліть «скасувати».
settings-confirm-unsubscribe = Більше не надсилати щоденний дайджест ({ $chat })? Налаштування збережуться, тож підписатися знову можна буде пізніше.
settings-not-subscribed = Підписки поки немає — надішліть /subscribe або натисніть кнопку, щоб отримувати щоденний дайджест із типовими налаштуваннями.
settings-which = Який дайджест ви хочете змінити?
settings-stale = Ця кнопка застаріла. Надішліть /settings ще раз.
settings-gone = Цього дайджесту більше немає. Надішліть /settings ще раз.
settings-toast-not-subscribed = Підписки немає.
settings-toast-saved = Збережено.
settings-toast-time = Час доставки: { $time }
settings-toast-zone = Часовий пояс: { $zone }
settings-toast-no-topics = Тем для скидання немає.
settings-toast-cleared = Теми скинуто: надходить усе.
settings-toast-not-active = Дайджест не активний, ставити на паузу нічого.
settings-toast-paused = На паузі.
settings-toast-resumed = Продовжуємо.
settings-toast-subscribed-again = Ви знову підписані.
settings-toast-unsubscribed = Підписку скасовано.
settings-toast-subscribed = Підписку оформлено: щодня о { $time }.
settings-no-longer = Ви більше не можете змінювати цей дайджест. Надішліть /settings, щоб почати знову.
settings-cancelled = Скасовано: нічого не змінилося.
settings-bad-time = { $text } — це не час доби: вкажіть ГГ:ХХ від 00:00 до 23:59.
settings-bad-zone = Я не знаю часового поясу «{ $text }». Вкажіть назву IANA, наприклад Europe/Kyiv.
settings-saved-time = Збережено: дайджест надходить о { $time }.
settings-saved-zone = Збережено: час тепер за поясом { $zone }.
settings-saved-include = Збережено: лише події на теми { $list }.
settings-saved-exclude = Збережено: події на теми { $list } не потраплять до дайджесту.
settings-topics-none = Надішліть хоча б одну тему, наприклад україна, санкції. Щоб прибрати всі, натисніть «Скинути теми».
settings-topics-length = Кожна тема має бути завдовжки від { $min } до { $max } символів; перевірте «{ $shown }».
settings-topics-too-many = Це { $count } тем, а можна не більше { $max }. Залиште найважливіші.

## /language
language-current = Мова бота в цьому чаті: українська.
language-how-chosen-chosen = Мову вибрано для цього чату командою /language.
language-how-chosen-telegram = Мову взято з налаштувань вашого Telegram; виберіть іншу нижче або надішліть /language <код>.
language-how-chosen-default = Типово — англійська; виберіть іншу нижче або надішліть /language <код>.
language-choices = Мови: { $choices }. Новини залишаються тією мовою, якою їх написано.
language-set = Готово: тепер бот говорить тут українською.
language-bad-code = Я не знаю мови «{ $code }»: виберіть одну з { $choices }.
language-admins-only = Змінювати мову чату можуть лише його адміністратори.
language-unavailable = На цьому боті мову поки не можна змінити.
language-stale = Ця кнопка застаріла. Надішліть /language ще раз.

## /ask і /search
ask-dont-know = У статтях, які я маю, відповіді на це немає.
ask-usage = Як користуватися: /ask <запитання>, наприклад /ask Who is Lithuania's foreign minister?
ask-too-long = Запитання задовге (понад { $max } символів). Будь ласка, сформулюйте його коротше.
search-usage = Як користуватися: /search <слова>, наприклад /search Belavia sanctions
search-too-long = Забагато слів для пошуку. Будь ласка, вкажіть менше.
search-none = За запитом «{ $words }» нічого не знайдено.
search-title = Знайдено за запитом «{ $words }»
search-read = читати

## /subscribe
subscribe-usage = Як користуватися: /subscribe [ГГ:ХХ або 7am] [часовий пояс], наприклад /subscribe 07:30 Europe/Kyiv; для каналу: /subscribe @channel 07:30
subscribe-one-channel = Вкажіть лише один канал.
subscribe-bad-time = { $word } — це не час доби: вкажіть час від 00:00 до 23:59 або у 12-годинному форматі, наприклад 7am або 7:30pm.
subscribe-bad-zone = Я не знаю часового поясу «{ $word }». Вкажіть назву IANA, наприклад Europe/Kyiv або UTC.

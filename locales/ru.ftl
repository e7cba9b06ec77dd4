# newsbrief — русский. Ключа, которого здесь нет, бот возьмёт из en.ftl.
# Тексты без разметки: код сам экранирует их и добавляет жирный шрифт и ссылки вокруг переменных.

## Общее
date-unknown = дата неизвестна
admins-only = Менять настройки дайджеста в этом чате могут только его администраторы.
flood-notice = Вы отправляете команды быстрее, чем я успеваю отвечать. Подождите минуту и попробуйте снова.
apology = Извините, у нас что-то пошло не так. Попробуйте ещё раз через минуту.
unknown-button = Эта кнопка устарела. Отправьте команду ещё раз.
unknown-command = Я не знаю такой команды. Отправьте /help, чтобы узнать, что я умею.
private-hint = Задайте вопрос о новостях или отправьте /help, чтобы узнать, что я умею, например /latest или /who Лукашенко.
duration-hours-minutes = { $hours } ч { $minutes } мин
duration-minutes = { $minutes } мин

## Меню команд и /help
cmd-start = Что умеет этот бот
cmd-help = Список команд
cmd-latest = Свежие новости, например /latest 10
cmd-who = Кто этот человек? Например /who Лукашенко
cmd-digest = Ваш дайджест, каким он был бы сейчас; /digest ГГГГ-ММ-ДД — тот, что пришёл в этот чат в тот день
cmd-subscribe = Получать дайджест каждый день, например /subscribe 07:30 Europe/Minsk
cmd-unsubscribe = Больше не присылать дайджест
cmd-settings = Настроить дайджест: время, часовой пояс, темы, пауза
cmd-sources = Откуда берутся новости для дайджеста этого чата; /sources add <url>, /sources remove <n>
cmd-language = Язык бота в этом чате, например /language ru
cmd-search = Найти новости по словам, например /search Belavia sanctions
cmd-ask = Задать вопрос по статьям, например /ask Who is Lithuania's foreign minister?
help-title = Команды
help-admins = (в группах — только администраторы)
help-try = Попробуйте

## /start
start-intro = newsbrief превращает новостные статьи в короткие сводки.
start-list =
    • /latest — самые свежие новости
    • /who Лукашенко — кто этот человек, по сохранённым статьям
    • /digest — ваш дайджест, каким он был бы сейчас
    • /subscribe — получать дайджест каждый день
start-help = Все команды — по /help.

## /latest
latest-usage = Как использовать: /latest [n], где n — число от 1 до { $max }.
latest-empty = Новостей пока нет. Статьи появятся здесь, как только будут загружены.
latest-title = Свежие новости: { $count }
latest-also = также: { $names }
latest-more = и ещё { $count }

## /who
who-usage = Как использовать: /who <имя>, например /who Лукашенко
who-too-long = Слишком длинное имя (больше { $max } символов).
who-also-written = Также пишут:
who-roles = Должности
who-latest = Последнее
who-mentioned = Упоминается в { $count } { $count ->
        [one] статье
       *[other] статьях
    }.
who-appears-with = Встречается вместе с: { $names }.
who-not-found = В сохранённых статьях нет никого по имени { $name }.
who-did-you-mean = Возможно, вы имели в виду: { $names }?

## /digest
digest-usage = Как использовать: /digest — что было бы в вашем следующем дайджесте сейчас; /digest ГГГГ-ММ-ДД — дайджест, который этот чат получил в тот день.
digest-sent = Дайджест за { $day } — в точности как его получил этот чат:
digest-pending = Дайджест за { $day } — ещё доставляется в этот чат:
digest-empty = { $day } ничего не отправлялось: для этого чата в тот день не было ничего нового.
digest-skipped = Дайджест за { $day } пропущен: бот не работал дольше, чем позволяет окно догоняющей отправки.
digest-undeliverable = Дайджест за { $day } не удалось доставить в этот чат.
digest-unarchived = Дайджест за { $day } был доставлен в этот чат, но его копия не сохранилась (его отправили до того, как дайджесты стали архивировать по чатам).
digest-none = Дайджест для этого чата за { $day } не составлялся: чат тогда не был подписан или время дайджеста ещё не наступило. В /help указан день, за который дайджест есть.

## Рамка дайджеста
digest-title = Дайджест новостей
digest-window = { $since } – { $until } ({ $zone }) · { $stories } { $stories ->
        [one] новость
        [few] новости
       *[many] новостей
    }
digest-nothing-new = Ничего нового с { $since } ({ $zone }).
digest-update = Обновление:{" "}
digest-more = и ещё { $count }
digest-outlets = { $count } { $count ->
        [one] издание
        [few] издания
       *[many] изданий
    }
digest-articles = { $count ->
        [one] { $latest }
        [few] { $count } статьи, последняя { $latest }
       *[many] { $count } статей, последняя { $latest }
    }
digest-follow-up = Продолжение: { $outlet }, { $when }
digest-more-outlets = и ещё { $count } { $count ->
        [one] издание
        [few] издания
       *[many] изданий
    }
digest-more-stories = Другие новости
digest-unknown-source = Источник неизвестен
digest-disclaimer = Сводки составлены автоматически по источникам выше; важные факты проверяйте самостоятельно.

## /subscribe
subscribe-channel-from-private = Чтобы подписать канал, отправьте мне /subscribe @канал в личном чате.
subscribe-where-channel = { $channel } подписан
subscribe-where-updated = Обновлено
subscribe-where-new = Подписка оформлена
subscribe-daily = { $where }: дайджест приходит каждый день в { $time } ({ $zone }).
subscribe-next-due = Следующий — через { $wait }.
subscribe-manage-channel = Управлять им можно здесь через /settings.
subscribe-manage = Изменить — /settings, отписаться — /unsubscribe.

## /unsubscribe
unsubscribe-usage = Как использовать: /unsubscribe — для этого чата, или /unsubscribe @канал (в личном чате со мной) — для канала, где вы администратор.
unsubscribe-channel-from-private = Чтобы отписать канал, отправьте мне /unsubscribe @канал в личном чате.
unsubscribe-not-subscribed = Подписки нет. Отправьте /subscribe, чтобы получать дайджест каждый день.
unsubscribe-done = Подписка отменена: ежедневных дайджестов больше не будет. /subscribe вернёт их с прежними настройками.

## Каналы
channel-by-id = канал { $id }
channel-not-found = Не могу найти { $channel }. Проверьте название, добавьте меня в канал администратором и попробуйте снова.
channel-not-a-channel = { $channel } — это не канал. Чтобы подписать группу, отправьте /subscribe в самой группе.
channel-cannot-post = Я не могу публиковать в { $channel }: сделайте меня администратором канала с правом «Публикация сообщений».
channel-not-admin-subscribe = Подписать { $channel } могут только его администраторы, а вы к ним не относитесь.
channel-gone = Не могу найти { $channel }. Проверьте название и то, что я всё ещё администратор там.
channel-no-subscription = У { $channel } нет подписки на дайджест. Его администратор может отправить здесь /subscribe { $channel }.
channel-not-admin-change = Менять дайджест { $channel } могут только его администраторы, а вы (уже) не из их числа.

## Бот в группе
membership-intro = Привет! Я присылаю сводки новостей. Администратор может отправить /subscribe [ЧЧ:ММ] [часовой пояс] (например /subscribe 08:00 Europe/Berlin), чтобы получать здесь ежедневный дайджест. Спросить /latest, /who <имя> или /digest может любой.
membership-welcome-back = С возвращением: ежедневный дайджест снова будет приходить в { $time } ({ $zone }).

## /sources
sources-usage = Как использовать: /sources — источники этого чата, /sources add <url> — добавить ленту (или страницу со ссылкой на неё), /sources remove <n> — убрать источник номер n; /sources @канал … в личном чате со мной — для канала, где вы администратор.
sources-add-usage = Как использовать: /sources add <url> — лента или страница со ссылкой на неё, например /sources add https://example.org/feed.xml
sources-remove-usage = Как использовать: /sources remove <n>, где n — номер источника в /sources, например /sources remove 2
sources-from-private = Чтобы управлять источниками канала, отправьте мне /sources @канал в личном чате.
sources-admins-only = Менять источники чата могут только его администраторы.
sources-channel-not-found = Не могу найти { $channel }. Проверьте название, добавьте меня в канал администратором и попробуйте снова.
sources-not-a-channel = { $channel } — это не канал. Для группы отправьте /sources в самой группе.
sources-not-admin = Управлять источниками { $channel } могут только его администраторы, а вы к ним не относитесь.
sources-this-chat = этот чат
sources-this-chat-start = Этот чат
sources-health-new = ещё не загружался
sources-health-ok = в порядке
sources-health-failing = ошибки ×{ $count }: { $error }
sources-unknown-error = неизвестная ошибка
sources-own-title = { $owner }: источники
sources-own-count = ({ $count } из { $max } возможных); дайджест берёт новости только отсюда:
sources-own-hint = Добавить: { $command } add <url> · убрать: { $command } remove <n>
sources-pool-empty = { $owner }: своих источников нет, поэтому его дайджест берёт новости из общего набора оператора, где пока нет лент (только статьи, которые оператор кладёт во входящие).
sources-pool = { $owner }: своих источников нет, поэтому его дайджест берёт новости из общего набора оператора: { $count } { $count ->
        [one] источник
        [few] источника
       *[many] источников
    } (и статьи, которые оператор кладёт во входящие): { $names }.
sources-pool-more = { " " }и ещё { $count }
sources-pool-add = Добавьте свои: { $command } add <url> (лента или страница со ссылкой на неё); после этого будут приходить только они.
sources-off-kept = Оператор бота отключил добавление источников; уже добавленные ({ $target }, { $count }) остаются — { $command } покажет их.
sources-off = Оператор бота отключил источники чатов, поэтому дайджест ({ $target }) берёт новости из общего набора оператора — { $command } покажет его.
sources-bad-url = Как использовать: /sources add <url>: { $problem }.
sources-too-many = { $owner }: уже { $count } источников — это максимум для чата ({ $max }). Сначала уберите один: { $command } remove <n>.
sources-exists-n = — уже источник номер { $n } ({ $target }).
sources-exists = — уже один из источников ({ $target }).
sources-not-added = Не добавлено: { $problem }
sources-its-feed = (лента: { $feed })
sources-added = Добавлен источник { $n } ({ $target }):
sources-added-items = Сейчас в ленте { $count } { $count ->
        [one] запись
        [few] записи
       *[many] записей
    }; при следующей проверке придут самые свежие (до { $first }).
sources-now-own = { $owner }: дайджест теперь берёт новости только из своих источников, а не из общего набора оператора ({ $command } remove 1 вернёт его).
sources-none-to-remove = { $owner }: своих источников нет, убирать нечего; дайджест берёт новости из общего набора оператора.
sources-no-such = Источника { $n } нет: всего их { $count } ({ $target }, от 1 до { $count }). { $command } покажет список.
sources-removed = Источник { $n } убран:
sources-back-to-pool = { $owner }: своих источников больше нет, поэтому дайджест снова берёт новости из общего набора оператора ({ $count } { $count ->
        [one] источник
        [few] источника
       *[many] источников
    }).
sources-moved-up = Следующие за ним сдвинулись на один номер вверх; { $command } покажет список.

## /settings
settings-usage = Как использовать: /settings — для этого чата, или /settings @канал (в личном чате со мной) — для канала, где вы администратор.
settings-channel-from-private = Дайджестом этого канала можно управлять из личного чата со мной: отправьте там /settings.
settings-title = Настройки дайджеста
settings-this-chat = Этот чат
settings-kind-channel = Канал
settings-kind-group = Группа
settings-status = Статус:
settings-status-active = активен
settings-status-unsubscribed = подписка отменена
settings-paused-user = на паузе (вручную)
settings-paused-removed = на паузе: меня удалили из чата
settings-paused-blocked = на паузе: бот заблокирован
settings-paused-chat-not-found = на паузе: чат не найден
settings-delivery = Доставка:
settings-include = Только темы:
settings-include-all = все
settings-exclude = Кроме тем:
settings-exclude-none = нет
settings-language = Язык:
settings-btn-time = 🕗 Время { $time }
settings-btn-zone = 🌍 Пояс
settings-btn-include = ➕ Темы
settings-btn-exclude = ➖ Без тем
settings-btn-clear = 🧹 Сбросить темы
settings-btn-language = 🌐 Язык
settings-btn-pause = ⏸ Пауза
settings-btn-resume = ▶️ Продолжить
settings-btn-subscribe-again = 🔔 Подписаться
settings-btn-unsubscribe = 🚫 Отписаться
settings-btn-all-chats = « Все чаты
settings-btn-done = ✅ Готово
settings-btn-other = Другое…
settings-btn-back = « Назад
settings-btn-more-zones = Ещё пояса…
settings-btn-cancel = Отмена
settings-btn-yes-unsubscribe = Да, отписаться
settings-btn-subscribe = 🔔 Подписаться
settings-btn-subscribe-too = 🔔 Подписать и этот чат
settings-closed = Сохранено. Чтобы изменить снова, отправьте /settings.
settings-time-question = Когда присылать дайджест ({ $zone })?
settings-zone-question = В каком часовом поясе { $time }?
settings-language-question = На каком языке боту говорить здесь? Новости остаются на языке оригинала.
settings-stories = Языки новостей:
settings-stories-all = все
settings-btn-stories = 🗞 Языки новостей: { $list }
settings-btn-stories-all = Все языки
settings-stories-question = Присылать только новости на отмеченных языках (нажмите на язык, чтобы включить или выключить его). Новости, язык которых не удалось определить, приходят всегда.
settings-toast-stories = Языки новостей: { $list }
settings-toast-stories-all = Новости на всех языках.
settings-prompt-time = Отправьте время доставки в виде ЧЧ:ММ, например 07:45.
settings-prompt-timezone = Отправьте часовой пояс в формате IANA, например Europe/Minsk или America/New_York.
settings-prompt-include = Отправьте темы через запятую, например беларусь, санкции. Они заменят текущий список; придут только события, где упомянута хотя бы одна из них.
settings-prompt-exclude = Отправьте темы, которые нужно исключить, через запятую, например футбол, погода. Они заменят текущий список.
settings-or-cancel = Или отправьте «отмена».
settings-confirm-unsubscribe = Больше не присылать ежедневный дайджест ({ $chat })? Настройки сохранятся, так что подписаться снова можно будет позже.
settings-not-subscribed = Подписки пока нет — отправьте /subscribe или нажмите кнопку, чтобы получать ежедневный дайджест с настройками по умолчанию.
settings-which = Какой дайджест вы хотите изменить?
settings-stale = Эта кнопка устарела. Отправьте /settings ещё раз.
settings-gone = Этого дайджеста больше нет. Отправьте /settings ещё раз.
settings-toast-not-subscribed = Подписки нет.
settings-toast-saved = Сохранено.
settings-toast-time = Время доставки: { $time }
settings-toast-zone = Часовой пояс: { $zone }
settings-toast-no-topics = Тем для сброса нет.
settings-toast-cleared = Темы сброшены: приходит всё.
settings-toast-not-active = Дайджест не активен, ставить на паузу нечего.
settings-toast-paused = На паузе.
settings-toast-resumed = Продолжаем.
settings-toast-subscribed-again = Вы снова подписаны.
settings-toast-unsubscribed = Подписка отменена.
settings-toast-subscribed = Подписка оформлена: каждый день в { $time }.
settings-no-longer = Вы больше не можете менять этот дайджест. Отправьте /settings, чтобы начать заново.
settings-cancelled = Отменено: ничего не изменилось.
settings-bad-time = { $text } — это не время суток: укажите ЧЧ:ММ от 00:00 до 23:59.
settings-bad-zone = Я не знаю часового пояса «{ $text }». Укажите название IANA, например Europe/Minsk.
settings-saved-time = Сохранено: дайджест приходит в { $time }.
settings-saved-zone = Сохранено: время теперь по поясу { $zone }.
settings-saved-include = Сохранено: только события о темах { $list }.
settings-saved-exclude = Сохранено: события о темах { $list } не попадут в дайджест.
settings-topics-none = Отправьте хотя бы одну тему, например беларусь, санкции. Чтобы убрать все, нажмите «Сбросить темы».
settings-topics-length = Каждая тема должна быть длиной от { $min } до { $max } символов; проверьте «{ $shown }».
settings-topics-too-many = Это { $count } тем, а можно не больше { $max }. Оставьте самые важные.

## /language
language-current = Язык бота в этом чате: русский.
language-how-chosen-chosen = Язык выбран для этого чата командой /language.
language-how-chosen-telegram = Язык взят из настроек вашего Telegram; выберите другой ниже или отправьте /language <код>.
language-how-chosen-default = По умолчанию — английский; выберите другой ниже или отправьте /language <код>.
language-choices = Языки: { $choices }. Новости остаются на том языке, на котором написаны.
language-set = Готово: теперь бот говорит здесь по-русски.
language-bad-code = Я не знаю языка «{ $code }»: выберите один из { $choices }.
language-admins-only = Менять язык чата могут только его администраторы.
language-unavailable = На этом боте язык пока нельзя изменить.
language-stale = Эта кнопка устарела. Отправьте /language ещё раз.

## /ask и /search
ask-dont-know = В статьях, которые у меня есть, ответа на это нет.
ask-usage = Как пользоваться: /ask <вопрос>, например /ask Who is Lithuania's foreign minister?
ask-too-long = Вопрос слишком длинный (больше { $max } символов). Пожалуйста, сформулируйте его короче.
search-usage = Как пользоваться: /search <слова>, например /search Belavia sanctions
search-too-long = Слишком много слов для поиска. Пожалуйста, укажите меньше.
search-none = Ничего не найдено по запросу «{ $words }».
search-title = Найдено по запросу «{ $words }»
search-read = читать

## /subscribe
subscribe-usage = Как пользоваться: /subscribe [ЧЧ:ММ или 7am] [часовой пояс], например /subscribe 07:30 Europe/Minsk; для канала: /subscribe @channel 07:30
subscribe-one-channel = Укажите только один канал.
subscribe-bad-time = { $word } — это не время суток: укажите время от 00:00 до 23:59 или в 12-часовом формате, например 7am или 7:30pm.
subscribe-bad-zone = Я не знаю часового пояса «{ $word }». Укажите название IANA, например Europe/Minsk или UTC.

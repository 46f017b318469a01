/**
 * Interface texts of one feature, Russian and Kazakh side by side; ru.ts and kk.ts take them in under
 * `receptionSessions`, so the parity and glossary tests check them like every other text.
 */
export const receptionSessionsRu = {
  title: 'Массовые приёмы',
  hint: 'Выездной приём, на котором приняли сотни граждан, записывается итогами. Граждан, взятых на контроль, вносят по одному из приёма — в итогах они не считаются второй раз.',
  add: 'Записать массовый приём',
  newSession: 'Новый массовый приём',
  editSession: 'Массовый приём',
  empty: 'За период массовых приёмов нет.',
  created: 'Массовый приём записан',
  deleted: 'Массовый приём удалён',
  takeUnderControl: 'Взять на контроль гражданина',
  fields: {
    date: 'Дата',
    place: 'Населённый пункт',
    visit: 'Выезд рабочей группы',
    officials: 'Принимавшие должностные лица',
    addOfficial: 'Добавить должностное лицо',
    received: 'Принято граждан',
    byTopic: 'По темам обращений',
    byOutcome: 'По результатам',
    notes: 'Примечание',
  },
  outcomesExceed: 'По результатам указано {{stated}} — больше, чем принято ({{received}}). Исправьте числа.',
  receivedLine: 'принято {{received}}, помощь оказана {{helped}}, на контроле {{control}}',
  entered: 'внесено поимённо: {{count}}',
  count: 'Приёмов: {{count}}, принято граждан: {{received}}',
};

export const receptionSessionsKk = {
  title: 'Жаппай қабылдаулар',
  hint: 'Жүздеген азамат қабылданған көшпелі қабылдау қорытындысымен жазылады. Бақылауға алынған азаматтар қабылдаудан бір-бірлеп енгізіледі — қорытындыда олар қайта саналмайды.',
  add: 'Жаппай қабылдауды жазу',
  newSession: 'Жаңа жаппай қабылдау',
  editSession: 'Жаппай қабылдау',
  empty: 'Кезеңде жаппай қабылдаулар жоқ.',
  created: 'Жаппай қабылдау жазылды',
  deleted: 'Жаппай қабылдау жойылды',
  takeUnderControl: 'Азаматты бақылауға алу',
  fields: {
    date: 'Күні',
    place: 'Елді мекен',
    visit: 'Жұмыс тобының сапары',
    officials: 'Қабылдаған лауазымды тұлғалар',
    addOfficial: 'Лауазымды тұлға қосу',
    received: 'Қабылданған азаматтар',
    byTopic: 'Өтініш тақырыптары бойынша',
    byOutcome: 'Нәтижелері бойынша',
    notes: 'Ескертпе',
  },
  outcomesExceed:
    'Нәтижелер бойынша {{stated}} көрсетілген — қабылданғандардан ({{received}}) көп. Сандарды түзетіңіз.',
  receivedLine: 'қабылданды {{received}}, көмек көрсетілді {{helped}}, бақылауда {{control}}',
  entered: 'аты-жөнімен енгізілді: {{count}}',
  count: 'Қабылдаулар: {{count}}, қабылданған азаматтар: {{received}}',
};

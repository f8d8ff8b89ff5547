import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {entitiesOf as entities} from '../support/spans.js';

describe('entities rules: runs joined by "on" and "for"', () => {
  it('splits two names on either side of "on" or "for" where no organisation or office opens the run', () => {
    for (const model of [null, undefined]) {
      const found = entities('The minister left Kabul for Doha on Sunday. Trump spoke with Biden on Air Force One.', model);
      assert.ok(found.includes('Kabul/place') && found.includes('Doha/place'), found.join(', '));
      assert.ok(!found.some((item) => item.startsWith('Kabul for') || item.startsWith('Biden on')), found.join(', '));
    }
  });

  it('keeps "on" and "for" inside an organisation or an office, and a people\'s plural before "for"', () => {
    const found = entities('The Council on Foreign Relations and the Centre for Social Evolution met. Americans for Prosperity spent heavily.', null);
    assert.ok(found.includes('Council on Foreign Relations/organization'), found.join(', '));
    assert.ok(found.includes('Centre for Social Evolution/organization'), found.join(', '));
    assert.ok(found.includes('Americans for Prosperity/organization'), found.join(', '));
  });
});

describe('entities rules: heads and words that type a name', () => {
  it('reads a terminal, a station or a square as a place whatever organisation word is inside', () => {
    for (const model of [null, undefined]) {
      const found = entities('Flights from Dulles International Airport resumed, and crowds gathered in Union Square and at Union Station.', model);
      for (const name of ['Dulles International Airport', 'Union Square', 'Union Station']) assert.ok(found.includes(`${name}/place`), found.join(', '));
    }
  });

  it('knows organisations named in other languages and joint names in the plural', () => {
    const found = entities('Pupils of the Instituto Gonzaga protested. The case went between the Justice and Interior Ministries.', null);
    assert.ok(found.includes('Instituto Gonzaga/organization'), found.join(', '));
    assert.ok(found.some((item) => item.endsWith('Interior Ministries/organization')), found.join(', '));
  });

  it('keeps an Arabic article inside a surname', () => {
    for (const model of [null, undefined]) {
      const found = entities('The director, Suleiman al-Amr, said the roads were closed.', model);
      assert.ok(found.includes('Suleiman al-Amr/person'), found.join(', '));
    }
  });

  it('reads a lone given name as a person, not one that is also an ordinary word or follows "a"', () => {
    const found = entities('They told me my name is John now. The Orthodox Church is a Christian denomination. Be Frank about it.', null);
    assert.ok(found.includes('John/person'), found.join(', '));
    assert.ok(!found.some((item) => item.startsWith('Christian')), found.join(', '));
  });
});

describe('entities rules: capitals that name no one', () => {
  it('takes no religion, prize or portfolio for a name', () => {
    for (const model of [null, undefined]) {
      const found = entities("Pilgrims gathered at Islam's holiest site. The Nobel Peace Prize went to a charity. He resigned as Foreign Affairs minister in May.", model);
      assert.ok(!found.some((item) => /^(?:Islam|Nobel Peace Prize|Foreign Affairs)\//u.test(item)), found.join(', '));
    }
  });

  it('leaves a greeting out of the name it greets', () => {
    const found = entities("She waved and said, 'Hey Nathan, good to see you.'", null);
    assert.ok(!found.some((item) => item.startsWith('Hey')), found.join(', '));
  });
});

describe('entities rules: handles and currencies', () => {
  it('takes no handle, hashtag or currency prefix for a name', () => {
    for (const model of [null, undefined]) {
      const found = entities('The flag cost NZ $26 million, about US$ 17 million. Obama wrote from @POTUS under #IStandWithAhmed.', model);
      assert.ok(!found.some((item) => /^(?:NZ|US|POTUS|IStandWithAhmed)\//u.test(item)), found.join(', '));
    }
  });
});

describe('entities rules: offices and the names around them', () => {
  it('ends a titled name before "of" and its country, and names the country', () => {
    for (const model of [null, undefined]) {
      const found = entities('Ukraine\'s president met Prime Minister Keir Starmer of Britain in Kyiv. Starmer later flew home.', model);
      assert.ok(found.includes('Keir Starmer/person') && found.includes('Britain/place'), found.join(', '));
      assert.equal(found.filter((item) => item === 'Starmer/person').length, 1, found.join(', '));
    }
  });

  it('names the chamber that opens an office, and the known agency written in full', () => {
    const found = entities('Senate Majority Leader John Thune spoke. Immigration and Customs Enforcement agents detained 40 people.', null);
    assert.ok(found.includes('Senate/organization') && found.includes('John Thune/person'), found.join(', '));
    assert.ok(found.includes('Immigration and Customs Enforcement/organization'), found.join(', '));
  });

  it('leaves a common plural and its "of" that open a sentence out of the name', () => {
    const found = entities('Shares of Tesla Inc rose 3% on Monday.', null);
    assert.ok(found.includes('Tesla Inc/organization'), found.join(', '));
    assert.ok(!found.some((item) => item.startsWith('Shares')), found.join(', '));
  });
});

describe('entities rules: firms, products and common nouns', () => {
  it('reads short names on both sides of an "&" as one firm, and a word with "&" inside as an organisation', () => {
    for (const model of [null, undefined]) {
      const found = entities('Shares of Procter & Gamble rose on Monday, while Johnson & Johnson fell. Students at Texas A&M said AT&T would pay.', model);
      for (const name of ['Procter & Gamble', 'Johnson & Johnson', 'Texas A&M', 'AT&T']) assert.ok(found.includes(`${name}/organization`), found.join(', '));
      assert.ok(!found.some((item) => item.endsWith('/person')), found.join(', '));
    }
  });

  it('keeps two places or an office on either side of an "&" apart, and two capitals around one are no name', () => {
    const found = entities('Flights between Chicago & Denver resumed. The R&D budget grew, said the Chairman & Chief Executive.', null);
    assert.ok(found.includes('Chicago/place') && found.includes('Denver/place'), found.join(', '));
    assert.ok(!found.some((item) => item.includes('&')), found.join(', '));
  });

  it('types a name opened by a word with a capital inside as an organisation, not a person', () => {
    for (const model of [null, undefined]) {
      const found = entities('Sony showed PlayStation VR at the fair. Its PlayStation VR demonstration was busy.', model);
      assert.deepEqual(found.filter((item) => item.startsWith('PlayStation')), ['PlayStation VR/organization', 'PlayStation VR/organization']);
    }
  });

  it('leaves a word built like a common noun that opens a sentence unnamed, unless the text names it elsewhere', () => {
    for (const model of [null, undefined]) {
      const found = entities('The final went ahead. Gameplay was delayed for an hour. Homeopathy is a form of alternative medicine.', model);
      assert.deepEqual(found, []);
    }
    const named = entities('Reporters met Alan Dowership on Monday. Dowership was delayed by the storm.', null);
    assert.deepEqual(named, ['Alan Dowership/person', 'Dowership/person']);
  });
});

describe('entities rules: outlets', () => {
  it('reads a site\'s address as the outlet that runs it', () => {
    for (const model of [null, undefined]) {
      const found = entities('The story ran on CBC.ca and Salon.com on Monday.', model);
      assert.ok(found.includes('CBC.ca/organization') && found.includes('Salon.com/organization'), found.join(', '));
    }
  });

  it('knows a newspaper named with its article, and leaves the adjective alone elsewhere', () => {
    const found = entities('The Independent reported the finding. A column in The Independent agreed.', null);
    assert.deepEqual(found, ['Independent/organization', 'Independent/organization']);
    assert.deepEqual(entities('Independent candidates won three seats in the vote.', null), []);
  });
});

describe('entities rules: people known by one name', () => {
  it('reads a lone name after a calling in lower case as a person', () => {
    const found = entities('The show featured Polaroids of fashion designer Halston and of the singer Adele.', null);
    assert.deepEqual(found, ['Halston/person', 'Adele/person']);
    assert.deepEqual(entities('The show featured Polaroids of fashion and of Adele.', null), []);
  });
});

describe('entities rules: wire copy\'s places, particles and times', () => {
  it('reads a state abbreviated after a town as a place, the town and state as one address', () => {
    for (const model of [null, undefined]) {
      const found = entities('He spoke in Fresno, Calif., on Tuesday and in Tulsa, Okla., on Friday.', model);
      assert.ok(found.includes('Fresno, Calif./place') && found.includes('Calif./place') && found.includes('Tulsa, Okla./place'), found.join(', '));
      assert.ok(!found.some((item) => item.endsWith('/organization')), found.join(', '));
    }
  });

  it('joins a person\'s names by a surname\'s particle, and takes a statue for a place and a time zone for nothing', () => {
    const found = entities('Reporters asked about Osama bin Laden. Tourists visited the Statue of Liberty at 9 a.m. EDT. The Declaration of Independence was signed.', null);
    assert.deepEqual(found, ['Osama bin Laden/person', 'Statue of Liberty/place']);
  });
});

describe('entities rules: "and" and "of" between names, firms and programmes', () => {
  it('splits two journalists from the network after the second one\'s "of"', () => {
    for (const model of [null, undefined]) {
      const found = entities('Moderators Anderson Cooper and Martha Raddatz of ABC News will ask the questions.', model);
      assert.ok(found.includes('Martha Raddatz/person') && found.includes('ABC News/organization'), found.join(', '));
      assert.ok(!found.some((item) => item.includes(' and ')), found.join(', '));
    }
  });

  it('keeps an "and" inside an organisation\'s words before its "of", or inside a ministry\'s portfolio', () => {
    assert.deepEqual(entities('Experts at the Food and Agriculture Organization of the United Nations agreed.', null), ['Food and Agriculture Organization of the United Nations/organization']);
    assert.deepEqual(entities('He visited the Ministry of Science and Technology of China last week.', null), ['Ministry of Science and Technology of China/organization']);
    // After a place, the "and" names a second body.
    assert.equal(entities('The suit was filed by the American Civil Liberties Union of Ohio and Demos last week.', null)[0], 'American Civil Liberties Union of Ohio/organization');
  });

  it('leaves a demonym qualifying a common noun out of the firm\'s name', () => {
    assert.deepEqual(entities('A study by McKinsey and Company of American businesses found that.', null), ['McKinsey and Company/organization']);
  });

  it('reads an office\'s department with a possessive as the organisation, not a person', () => {
    for (const model of [null, undefined]) assert.deepEqual(entities('He questioned the Justice Department\'s actions in the case.', model), ['Justice Department/organization']);
  });

  it('takes no part of a treaty\'s name and no public programme for a name', () => {
    for (const model of [null, undefined]) {
      assert.deepEqual(entities('Mexico signed on to the North American Free Trade Agreement long ago.', model), ['Mexico/place']);
      assert.deepEqual(entities('Will you go after Social Security and Medicare? The Social Security Administration answered.', model), ['Social Security Administration/organization']);
    }
  });

  it('finds no town in a known firm\'s last word, and types a known name inside a longer one by the gazetteer', () => {
    assert.deepEqual(entities('Wells Fargo bankers received bonuses. Regulators fined Wells Fargo.'), ['Wells Fargo/organization', 'Wells Fargo/organization']);
    const found = entities('Experts at the Food and Agriculture Organization of the United Nations agreed.');
    assert.ok(!found.includes('United Nations/place'), found.join(', '));
  });
});

describe('entities rules: titles that name no one', () => {
  it('reads a title\'s word after a given name as a surname, and a programme after its host', () => {
    for (const model of [null, undefined]) {
      assert.deepEqual(entities('The network licenses Larry King Now, which was nominated.', model), ['Larry King/person']);
      assert.deepEqual(entities('We watched The Larry King Show and The Steve Harvey Morning Show.', model), ['Larry King/person', 'Steve Harvey/person']);
      assert.deepEqual(entities('Florida Rep. Debbie Wasserman Schultz said no.', model), ['Florida/place', 'Debbie Wasserman Schultz/person']);
    }
  });

  it('takes a title inside an organisation\'s name, a place or an event after a title, and a pageant for no person', () => {
    for (const model of [null, undefined]) {
      assert.deepEqual(entities('His donors include the American Association for Justice, which represents lawyers.', model), ['American Association for Justice/organization']);
      assert.deepEqual(entities('Protests sparked, and the Queen City remains in a state of limbo.', model), ['Queen City/place']);
      assert.deepEqual(entities('Trump cited the figure at the Commander-in-Chief Forum last week.', model), []);
      assert.deepEqual(entities('Trump denigrated a former Miss Universe and called her Miss Housekeeping.', model).filter((item) => item.endsWith('/person')), []);
    }
  });

  it('keeps a hyphenated word after an organisation\'s "of", and a mall and a number\'s plural apart', () => {
    for (const model of [null, undefined]) {
      assert.deepEqual(entities('She can study at the University of Wisconsin-Stout for less.', model), ['University of Wisconsin-Stout/organization']);
      assert.deepEqual(entities('Thousands watched from the National Mall as Mr. Obama spoke.', model), ['National Mall/place', 'Obama/person']);
    }
  });
});

describe('entities rules: teams, known names around "and", and a surname that is a country', () => {
  it('reads a centre of study as a body and a centre of visitors as a place', () => {
    assert.deepEqual(entities('Analysts at the Tax Policy Center met at the Kennedy Space Center.', null), ['Tax Policy Center/organization', 'Kennedy Space Center/place']);
  });

  it('reads a plural after a place\'s name as its team', () => {
    assert.deepEqual(entities('The Minnesota Vikings beat the New York Giants, and fans in Colorado Springs cheered.', null), ['Minnesota Vikings/organization', 'New York Giants/organization', 'Colorado Springs/place']);
    // A league team's nickname after a home that is no known place, two words long too.
    assert.deepEqual(entities('The Carolina Panthers host the Boston Red Sox fans.', null), ['Carolina Panthers/organization', 'Boston Red Sox/organization']);
  });

  it('knows the fact-checkers, outlets and firms of political news', () => {
    assert.deepEqual(entities('Politifact rated the claim false, Vox reported, and Nike declined to comment.', null), ['Politifact/organization', 'Vox/organization', 'Nike/organization']);
  });

  it('leaves the indefinite article out, and reads a party\'s member from a place as the place', () => {
    assert.deepEqual(entities('A Quinnipiac University poll was cited by Charles E. Grassley, Republican of Iowa.', null), ['Quinnipiac University/organization', 'Charles E. Grassley/person', 'Iowa/place']);
  });

  it('reads Charlotte as a city alone and as a given name before a surname', () => {
    assert.deepEqual(entities('Protests went on in Charlotte. Yesterday Charlotte Meehan spoke.', null), ['Charlotte/place', 'Charlotte Meehan/person']);
  });

  it('reads no person inside a known firm named after its founders, but keeps one in a foundation', () => {
    assert.deepEqual(entities('Ms. Hogan left Hogan Lovells, and Bill Clinton praised the Clinton Foundation.'), ['Hogan/person', 'Hogan Lovells/organization', 'Bill Clinton/person', 'Clinton Foundation/organization', 'Clinton/person']);
  });

  it('splits at an "and" beside a known name, and keeps a known name with "and" whole', () => {
    for (const model of [null, undefined]) {
      const found = entities('Files went to the FBI and Justice Department, then to the Justice Department and Congress. Trinidad and Tobago won.', model);
      assert.ok(['FBI/organization', 'Justice Department/organization', 'Congress/organization', 'Trinidad and Tobago/place'].every((item) => found.includes(item)), found.join(', '));
      assert.ok(!found.some((item) => item.includes('and') && !item.startsWith('Trinidad')), found.join(', '));
    }
  });

  it('reads a country\'s name as the person named in full with it as a surname when it speaks, and as the country elsewhere', () => {
    const result = analyze('Rep. Jim Jordan spoke first. "It was wrong," Jordan said. He later flew to Jordan.', {entityModel: null});
    assert.deepEqual(result.entities.map((item) => `${item.text}/${item.type}`), ['Jim Jordan/person', 'Jordan/person', 'Jordan/place']);
    const jordan = result.actors.find((actor) => actor.name === 'Jim Jordan');
    assert.deepEqual(jordan?.mentions.map((item) => item.text), ['Jim Jordan', 'Jordan', 'He']);
  });
});

describe('entities rules: a town and its region, or a list', () => {
  it('joins a town and its state or country, not states or regions listed with commas', () => {
    for (const model of [null, undefined]) {
      const found = entities('He spoke in Fresno, California, and in Geelong, Victoria, Australia. Trump leads in the swing states of Ohio, Florida, and Nevada, and economies of Europe, Britain, Japan and Canada grew.', model);
      assert.ok(found.includes('Fresno, California/place') && found.includes('Geelong, Victoria, Australia/place'), found.join(', '));
      assert.ok(!found.includes('Ohio, Florida/place') && !found.includes('Europe, Britain/place'), found.join(', '));
      assert.ok(found.includes('Ohio/place') && found.includes('Europe/place'), found.join(', '));
    }
  });
});

describe('entities rules: roles and buildings', () => {
  it('keeps a portfolio that opens a sentence in the role of the person after its title', () => {
    const result = analyze('Commerce Secretary Howard Lutnick told reporters that talks would go on.', {entityModel: null});
    assert.deepEqual(result.actors.find((actor) => actor.name === 'Howard Lutnick')?.roles, ['Commerce Secretary']);
  });

  it('takes an office set off before the name of its holder for the role, not a second person', () => {
    for (const model of [null, undefined]) {
      const result = analyze('The Home Secretary, Yvette Cooper, has announced a review. Chief Constable Ben-Julian Harrington said six people were held.', model === null ? {entityModel: null} : {});
      assert.deepEqual(result.entities.filter((item) => item.type === 'person').map((item) => item.text), ['Yvette Cooper', 'Ben-Julian Harrington']);
      assert.deepEqual(result.actors.find((actor) => actor.name === 'Yvette Cooper')?.roles, ['Home Secretary']);
      assert.deepEqual(result.actors.find((actor) => actor.name === 'Ben-Julian Harrington')?.roles, ['Chief Constable']);
    }
  });

  it('reads a palace, a mosque or a cathedral as a place', () => {
    assert.deepEqual(entities('She spoke at the National Palace, and pilgrims crowded the Grand Mosque.', null), ['National Palace/place', 'Grand Mosque/place']);
  });
});

describe('entities rules: bills and plans', () => {
  it('takes a bill, a plan or a doctrine for no name, and keeps a person named Law', () => {
    assert.deepEqual(entities('Congress passed the Brady Bill after the Marshall Plan. Nathan Law won a seat.', null), ['Congress/organization', 'Nathan Law/person']);
  });
});

describe('entities rules: names in other languages and roles opening a sentence', () => {
  it('joins a French organisation\'s name over "des", finds no place in a demonym inside a name, and keeps "Competition" in the role', () => {
    for (const model of [null, undefined]) {
      const result = analyze('Competition Commissioner Margrethe Vestager fined the firm. The Bureau Européen des Unions de Consommateurs and the General Court of the European Union agreed.', model === null ? {entityModel: null} : {});
      const found = result.entities.map((item) => `${item.text}/${item.type}`);
      assert.ok(found.includes('Bureau Européen des Unions de Consommateurs/organization') && found.includes('General Court of the European Union/organization'), found.join(', '));
      assert.ok(!found.includes('European/place'), found.join(', '));
      assert.deepEqual(result.actors.find((actor) => actor.name === 'Margrethe Vestager')?.roles, ['Competition Commissioner']);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { disciplineCommissionOf, organizationDepartmentOf, partyOrganizationOf, placeOf } from './organs';
import { cite, sentence, titleOf } from './wording';

describe('placeOf: the place a jurisdiction is, from the name the table keeps', () => {
  it.each([
    ['示范县', 'county', '示范县'],
    ['示范', 'county', '示范县'],
    ['示范', 'district', '示范区'],
    ['某某市', 'city', '某某市'],
    ['某某自治州', 'city', '某某自治州'],
    // A jurisdiction founded with the first root unit carries that unit's name.
    ['中共示范县委员会', 'county', '示范县'],
    ['示范县委', 'county', '示范县'],
  ])('%s (%s) → %s', (name, level, place) => {
    expect(placeOf({ name, level })).toBe(place);
  });

  it('names the discipline commission and the organization department of the place', () => {
    expect(disciplineCommissionOf({ name: '示范县', level: 'county' })).toBe('中共示范县纪律检查委员会');
    expect(organizationDepartmentOf({ name: '示范', level: 'district' })).toBe('中共示范区委员会组织部');
  });
});

describe('partyOrganizationOf: the generic form, unless the unit is a party organ itself', () => {
  it.each([
    ['县发展和改革局', '县发展和改革局党组织'],
    ['甲局', '甲局党组织'],
    ['某某镇党委', '某某镇党委'],
    ['中共某某镇委员会', '中共某某镇委员会'],
  ])('%s → %s', (unit, organization) => {
    expect(partyOrganizationOf(unit)).toBe(organization);
  });
});

describe('wording', () => {
  it.each([
    ['中国共产党问责条例（2019）第二十条', '《中国共产党问责条例》第二十条'],
    ['关于进一步激励广大干部新时代新担当新作为的意见（2018）“三个区分开来”', '《关于进一步激励广大干部新时代新担当新作为的意见》“三个区分开来”'],
    ['容错纠错政策 CN-national 第 1 版', '容错纠错政策 CN-national 第 1 版'],
  ])('cites %s as %s', (citation, written) => {
    expect(cite(citation)).toBe(written);
  });

  it.each([
    ['造成一定损失', '造成一定损失。'],
    ['造成一定损失。 ', '造成一定损失。'],
    ['造成一定损失；', '造成一定损失。'],
  ])('ends %j as one sentence', (text, written) => {
    expect(sentence(text)).toBe(written);
  });

  it('turns a title between its phrases only when it is longer than a line of 20 characters', () => {
    expect(titleOf('关于给予甲一同志', '容错免责的认定意见')).toBe('关于给予甲一同志容错免责的认定意见');
    expect(titleOf('关于给予阿卜杜拉·买买提同志', '容错免责的认定意见')).toBe('关于给予阿卜杜拉·买买提同志\n容错免责的认定意见');
  });
});

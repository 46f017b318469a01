import { describe, expect, it } from 'vitest';
import { WrongKeyError } from './crypto';
import {
  blindTag,
  fieldKeyFrom,
  newFieldKeyMaterial,
  newRecipientKeys,
  newTagKeyFor,
  openPrivateKey,
  openValue,
  rewrapPrivateKey,
  seal,
  sealValue,
  unseal,
} from './office-keys';
import { importAesKey } from './crypto';

const FAST = 1_000;
const SECRET = 'Пробация: Жақсылықов Ерлан';

async function fieldKey(id = 'k1') {
  const material = newFieldKeyMaterial();
  const tagKey = await newTagKeyFor(await importAesKey(material.slice()));
  return { key: await fieldKeyFrom(id, material.slice(), tagKey), material };
}

describe('office keys', () => {
  it('seal a field key to a recipient whose password alone opens it, and to nobody else', async () => {
    const alice = await newRecipientKeys('Алиса-пароль-1', FAST);
    const bob = await newRecipientKeys('Бобек-пароль-2', FAST);
    const material = newFieldKeyMaterial();
    const sealed = await seal(material.slice(), alice.keys.publicKey);
    const opened = await unseal(sealed, await openPrivateKey(alice.keys, 'Алиса-пароль-1'));
    expect(opened).toEqual(material);
    await expect(unseal(sealed, bob.privateKey)).rejects.toThrow();
    await expect(openPrivateKey(alice.keys, 'wrong-password')).rejects.toBeInstanceOf(WrongKeyError);
    expect(JSON.stringify(alice.keys)).not.toContain(JSON.stringify([...material]).slice(1, 20));
  });

  it('keep the private key when its owner changes the password, and only the new one opens it', async () => {
    const alice = await newRecipientKeys('старый-пароль', FAST);
    const sealed = await seal(newFieldKeyMaterial(), alice.keys.publicKey);
    const moved = await rewrapPrivateKey(alice.keys, 'старый-пароль', 'новый-пароль', FAST);
    expect(moved.publicKey).toBe(alice.keys.publicKey);
    await expect(unseal(sealed, await openPrivateKey(moved, 'новый-пароль'))).resolves.toHaveLength(32);
    await expect(openPrivateKey(moved, 'старый-пароль')).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('encrypt content with a fresh nonce each time, bound to its record', async () => {
    const { key } = await fieldKey();
    const first = await sealValue(key, { summary: SECRET }, 'receptions:r1');
    const second = await sealValue(key, { summary: SECRET }, 'receptions:r1');
    expect(first.data).not.toBe(second.data);
    expect(first.key).toBe('k1');
    expect(atob(first.data)).not.toContain('Пробация');
    expect(await openValue(key, first, 'receptions:r1')).toEqual({ summary: SECRET });
    // Moved onto another record, the value does not open.
    await expect(openValue(key, first, 'receptions:r2')).rejects.toThrow();
    const other = await fieldKey('k1');
    await expect(openValue(other.key, first, 'receptions:r1')).rejects.toThrow();
  });

  it('tag an id the same way under one key, differently under another, without showing it', async () => {
    const { key } = await fieldKey('k1');
    const again = await fieldKey('k2');
    const tag = await blindTag(key, 'person-1');
    expect(tag).toBe(await blindTag(key, 'person-1'));
    expect(tag).not.toBe(await blindTag(key, 'person-2'));
    expect(tag.startsWith('k1.')).toBe(true);
    expect(tag).not.toContain('person');
    expect(await blindTag(again.key, 'person-1')).not.toBe(tag);
  });
});

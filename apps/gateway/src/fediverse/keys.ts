// Actors' RSA key pairs, kept in the database (FediverseKey) so every replica signs with the same
// key and a restart changes nothing for remote servers. Made on first need; two replicas making one
// at the same time keep whichever was written first. The private key never leaves this module's
// callers: it signs deliveries (deliver.ts) and is handed to Fedify for the actor's key document.
import { exportJwk, generateCryptoKeyPair, importJwk } from './fedify.ts';
import type { Prisma, PrismaClient } from '@ekoacteurs/db';

type Db = Pick<PrismaClient, 'fediverseKey'>;

export interface KeyPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}

/** The actor's key pair, made and stored the first time it is asked for. */
export async function keyPairOf(prisma: Db, actor: string): Promise<KeyPair> {
  let row = await prisma.fediverseKey.findUnique({ where: { actor } });
  if (!row) {
    const pair = await generateCryptoKeyPair('RSASSA-PKCS1-v1_5');
    const data = {
      actor,
      publicKey: (await exportJwk(pair.publicKey)) as Prisma.InputJsonObject,
      privateKey: (await exportJwk(pair.privateKey)) as Prisma.InputJsonObject,
    };
    // Another replica may have written one meanwhile: theirs is kept (the update changes nothing).
    row = await prisma.fediverseKey.upsert({ where: { actor }, create: data, update: {} });
  }
  return {
    publicKey: await importJwk(row.publicKey as JsonWebKey, 'public'),
    privateKey: await importJwk(row.privateKey as JsonWebKey, 'private'),
  };
}

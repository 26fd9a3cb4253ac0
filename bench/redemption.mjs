// Placeholder until the redeem dialog lands: reports that nothing is measured yet.
export async function measureRedemption() {
  throw new Error('the redeem dialog is not built yet');
}

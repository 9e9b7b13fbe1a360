"""Chain parameters of the devnode, named as java-tron's ``getchainparameters`` names them."""

from __future__ import annotations

DEFAULTS: dict[str, int] = {
    "getMaintenanceTimeInterval": 21_600_000,
    "getAccountUpgradeCost": 9_999_000_000,
    "getCreateAccountFee": 100_000,  # sun burned for the bandwidth of creating an account
    "getTransactionFee": 1_000,  # sun per bandwidth byte
    "getAssetIssueFee": 1_024_000_000,
    "getWitnessPayPerBlock": 16_000_000,
    "getWitnessStandbyAllowance": 115_200_000_000,
    "getCreateNewAccountFeeInSystemContract": 1_000_000,  # 1 TRX
    "getCreateNewAccountBandwidthRate": 1,
    "getAllowCreationOfContracts": 1,
    "getRemoveThePowerOfTheGr": -1,
    "getEnergyFee": 100,  # sun per energy
    "getExchangeCreateFee": 1_024_000_000,
    "getMaxCpuTimeOfOneTx": 80,
    "getAllowUpdateAccountName": 0,
    "getAllowSameTokenName": 1,
    "getAllowDelegateResource": 1,
    "getTotalEnergyLimit": 90_000_000_000,
    "getAllowTvmTransferTrc10": 1,
    "getTotalEnergyCurrentLimit": 90_000_000_000,
    "getAllowMultiSign": 1,
    "getAllowAdaptiveEnergy": 0,
    "getUpdateAccountPermissionFee": 100_000_000,
    "getMultiSignFee": 1_000_000,
    "getAllowTvmConstantinople": 1,
    "getAllowTvmSolidity059": 1,
    "getMaxFeeLimit": 15_000_000_000,
    "getFreeNetLimit": 600,
    "getTotalNetLimit": 43_200_000_000,
    "getMemoFee": 1_000_000,
    "getUnfreezeDelayDays": 14,
}
